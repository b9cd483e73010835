import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { InputError } from '../input-error.js';

export function readHtml(_text: string, origin: Origin): TargetTable[] {
  throw new InputError('unreadable', { file: origin.file ?? '', detail: 'not implemented' });
}
