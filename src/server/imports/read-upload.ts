/**
 * Reading and reviewing an uploaded file: every table the readers find, each reviewed. The
 * work is plain data in, plain data out — no database, no HTTP — so it runs the same on the
 * server's main thread and in a worker thread (`import.worker.ts`), and its outcome (tables
 * with findings, or the reader's bilingual refusal) crosses between threads as is.
 */

import type { Bilingual, ReadMessageCode } from '../../core/messages/index.js';
import type { ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { targetTableInput } from '../../core/table/target-table.schema.js';
import { readTargetTables } from '../../io/read.js';
import type { StoredFinding } from '../../store/repositories/finding.repository.js';

/** A table read from a file, with its review. */
export interface ReviewedTable {
  readonly table: TargetTable;
  readonly findings: readonly StoredFinding[];
  readonly summary: ReviewResult['summary'];
}

/** What reading a file came to: its reviewed tables, or the reader's refusal. */
export type ReadOutcome =
  | { readonly ok: true; readonly tables: readonly ReviewedTable[] }
  | { readonly ok: false; readonly code: ReadMessageCode; readonly text: Bilingual };

/** How far reading has come: the file being read, then the tables reviewed one by one. */
export type ReadProgress =
  | { readonly stage: 'reading' }
  | { readonly stage: 'reviewing'; readonly done: number; readonly total: number };

/** What a read needs besides the bytes. */
export interface ReadUploadOptions {
  readonly fileName: string;
  readonly maxBytes: number;
  /** Fills in a table that states no year. */
  readonly year?: number | undefined;
  readonly review: (table: TargetTable) => ReviewResult;
  readonly onProgress?: (progress: ReadProgress) => void;
}

/**
 * A table without a year gets `year`, and its values are parsed again (a date such as "12月"
 * needs the year to become a deadline). A table that states its year keeps it.
 */
function withYear(table: TargetTable, year: number): TargetTable {
  if (table.project.year !== null) return table;
  const parsed = targetTableInput.safeParse({ ...table, project: { ...table.project, year } });
  return parsed.success ? parsed.data : { ...table, project: { ...table.project, year } };
}

/** Reads every table of a file and reviews it; a file the readers refuse comes back refused. */
export async function readUpload(
  bytes: Uint8Array,
  options: ReadUploadOptions,
): Promise<ReadOutcome> {
  options.onProgress?.({ stage: 'reading' });
  const result = await readTargetTables(bytes, {
    file: options.fileName,
    limits: { maxBytes: options.maxBytes },
  });
  if (!result.ok) return { ok: false, code: result.error.code, text: result.error.text };
  const total = result.tables.length;
  const tables: ReviewedTable[] = [];
  for (const read of result.tables) {
    options.onProgress?.({ stage: 'reviewing', done: tables.length, total });
    const table = options.year === undefined ? read : withYear(read, options.year);
    const { findings, summary } = options.review(table);
    tables.push({ table, findings, summary });
  }
  options.onProgress?.({ stage: 'reviewing', done: total, total });
  return { ok: true, tables };
}
