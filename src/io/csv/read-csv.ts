import { parse } from 'csv-parse/sync';
import type { Origin, TargetTable } from '../../core/table/target-table.js';
import { cellText, type GridRow } from '../grid/grid.js';
import { readGrid } from '../grid/read-grid.js';
import { InputError } from '../input-error.js';

/** Reads target tables from CSV (comma- or semicolon-separated, quoted per RFC 4180). */
export function readCsv(text: string, origin: Origin): TargetTable[] {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new InputError('corrupt', { file: origin.file ?? '', detail: (error as Error).message });
  }
  const rows: GridRow[] = records.map((record, index) => {
    const at = { row: index + 1 };
    return { cells: record.map((raw) => ({ text: cellText(raw), at })), at };
  });
  return readGrid({ rows }, origin);
}
