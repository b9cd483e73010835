import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { InputError } from '../input-error.js';

/** The entries of a Word document that hold its text. */
export const isDocumentEntry = (name: string): boolean => name === 'word/document.xml';

export async function readDocx(_bytes: Uint8Array, origin: Origin): Promise<TargetTable[]> {
  throw new InputError('unreadable', { file: origin.file ?? '', detail: 'not implemented' });
}
