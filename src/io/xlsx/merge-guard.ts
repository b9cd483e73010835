/**
 * Merged ranges checked before ExcelJS sees them. ExcelJS creates a cell object for every cell a
 * merge covers and compares each merge with every earlier one, so one hostile `A1:XFD1048576`
 * (17 billion cells) or a hundred thousand tiny merges would hang the process. Real target
 * tables merge a few hundred ranges at most.
 */

import type { ExpandedEntry } from '../detect/zip-guard.js';
import { InputError } from '../input-error.js';

/** More merged ranges than this in one sheet is refused. */
export const MAX_MERGES = 20_000;
/** More cells covered by merges than this in one sheet is refused. */
export const MAX_MERGED_CELLS = 200_000;

const MERGE =
  /<(?:\w+:)?mergeCell\b[^>]*?\bref=["']\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?["']/g;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;

const columnNumber = (letters: string): number =>
  [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Counts the merged ranges of every worksheet among a workbook's expanded entries and throws an
 * `InputError` when one sheet merges too much.
 */
export function checkMerges(entries: readonly ExpandedEntry[], file: string): void {
  for (const entry of entries) {
    if (!WORKSHEET.test(entry.name)) continue;
    const bytes = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    // Merges follow the cell data: find the first by a native search, read only from there.
    const first = bytes.indexOf('mergeCell');
    if (first < 0) continue;
    const text = bytes.toString('latin1', Math.max(0, first - 10));
    let merges = 0;
    let cells = 0;
    MERGE.lastIndex = 0;
    for (let m = MERGE.exec(text); m !== null; m = MERGE.exec(text)) {
      const top = Number(m[2]);
      const left = columnNumber(m[1]!);
      const bottom = m[4] === undefined ? top : Number(m[4]);
      const right = m[3] === undefined ? left : columnNumber(m[3]);
      merges += 1;
      cells += (Math.abs(bottom - top) + 1) * (Math.abs(right - left) + 1);
      if (merges > MAX_MERGES || cells > MAX_MERGED_CELLS)
        throw new InputError('tooManyMerges', { file, limit: MAX_MERGED_CELLS });
    }
  }
}
