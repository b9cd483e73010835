/**
 * Importing a file: read it with the readers, review every table in it, and store each as a
 * new project's draft version with its findings — all tables of the file in ONE transaction,
 * so a failure (or a killed process) leaves either all of them or nothing.
 */

import type { Kysely } from 'kysely';
import { SERVER_LABELS } from '../../core/messages/index.js';
import type { ReviewOptions, ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { type AuditActor, type WriteServices, write } from '../../store/mutate.js';
import type { Org } from '../../store/repositories/org.repository.js';
import { createProject, type ProjectRecord } from '../../store/repositories/project.repository.js';
import type { VersionMeta, VersionSource } from '../../store/repositories/version.repository.js';
import type { Database } from '../../store/tables/database.js';
import { readError } from '../errors.js';
import { type ReviewedTable, readUpload } from '../imports/read-upload.js';
import { previousYearTable } from './previous-year.js';

export type { ReviewedTable } from '../imports/read-upload.js';

/**
 * Reads every table of a file and reviews it, here on this thread (the CLI, the demo; the
 * server reads big uploads in worker threads, `imports/import-reader.ts`). A file the readers
 * refuse throws the reader's bilingual error with status 400, 413 or 415. `year` fills in a
 * table that states none.
 */
export async function readAndReview(
  bytes: Uint8Array,
  options: {
    readonly fileName: string;
    readonly maxBytes: number;
    readonly year?: number | undefined;
    readonly review: (table: TargetTable) => ReviewResult;
  },
): Promise<ReviewedTable[]> {
  const outcome = await readUpload(bytes, options);
  if (!outcome.ok) throw readError(outcome.code, outcome.text);
  return [...outcome.tables];
}

/** A stored import: the new project and its first version. */
export interface StoredImport {
  readonly project: ProjectRecord;
  readonly version: VersionMeta;
  readonly reviewed: ReviewedTable;
}

/** Where stored tables come from, and the review that sees last year's actuals. */
export interface ImportOrigin {
  readonly source: VersionSource;
  readonly note: string | null;
  /**
   * Reviews a table again when `org` has last year's project of the same name with actuals
   * (the first review, in a reader thread, could not see the store).
   */
  readonly review: (table: TargetTable, options: ReviewOptions) => ReviewResult;
}

/** Stores every reviewed table as a new draft project of `org`, in one transaction. */
export function storeImport(
  db: Kysely<Database>,
  who: AuditActor,
  services: WriteServices,
  org: Org,
  reviewed: readonly ReviewedTable[],
  { review, ...origin }: ImportOrigin,
): Promise<StoredImport[]> {
  const untitled = SERVER_LABELS.untitledProject.zh;
  return write(db, who, services, async (tx) => {
    const stored: StoredImport[] = [];
    for (const first of reviewed) {
      const previous = await previousYearTable(tx.trx, org.id, first.table);
      const r = previous ? { table: first.table, ...review(first.table, { previous }) } : first;
      const { project, version } = await createProject(
        tx,
        org,
        { table: r.table, findings: r.findings, ...origin },
        untitled,
      );
      stored.push({ project, version, reviewed: r });
    }
    return stored;
  });
}
