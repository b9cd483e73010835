import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { InputError } from '../input-error.js';

export async function readPdf(_bytes: Uint8Array, origin: Origin): Promise<TargetTable[]> {
  throw new InputError('unreadable', { file: origin.file ?? '', detail: 'not implemented' });
}
