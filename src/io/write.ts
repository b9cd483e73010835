/**
 * The one door to every writer: target tables out as the interchange JSON, CSV or an XLSX
 * workbook in the standard printable layout. The format comes from the caller (or from an
 * output file name via `formatOfPath`).
 */

import type { TargetTable } from '../core/table/target-table.js';
import { assertNever } from '../core/util/assert-never.js';
import { writeCsv } from './csv/write-csv.js';
import { writeJson } from './json/write-json.js';
import { writeXlsx } from './xlsx/write-xlsx.js';

export type WriteFormat = 'json' | 'csv' | 'xlsx';

const encoder = new TextEncoder();

/**
 * Writes tables in a format; one table or several (several sheets, rows or array items).
 * @example await writeTargetTables([seed], 'csv') // UTF-8 bytes starting with a BOM
 */
export async function writeTargetTables(
  tables: readonly TargetTable[],
  format: WriteFormat,
): Promise<Uint8Array> {
  switch (format) {
    case 'json':
      return encoder.encode(writeJson(tables));
    case 'csv':
      return encoder.encode(writeCsv(tables));
    case 'xlsx':
      return writeXlsx(tables);
    default:
      return assertNever(format);
  }
}

/** The write format an output path asks for by its extension, or null: "表.XLSX" → 'xlsx'. */
export function formatOfPath(path: string): WriteFormat | null {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'csv' || ext === 'xlsx' ? ext : null;
}
