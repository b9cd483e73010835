/**
 * Imports running in the background: a row per job with its state, progress and outcome, kept
 * in the database so any server process can answer for it. Job rows are bookkeeping, like
 * session rows, and are written directly; the projects an import stores go through the audited
 * door (`mutate.ts`) with the import itself.
 */

import type { Selectable } from 'kysely';
import type { Queryable } from '../mutate.js';
import type { ImportJobTable } from '../tables/import-job.table.js';

/** Where a job is. */
export type ImportJobState = 'queued' | 'reading' | 'reviewing' | 'storing' | 'done' | 'failed';

/** The states a job ends in. */
export const FINAL_JOB_STATES: readonly ImportJobState[] = ['done', 'failed'];

/** A project an import stored. */
export interface ImportedProject {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly indicatorCount: number;
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
}

/** The error of a failed job, as the API sends errors. */
export interface ImportJobError {
  readonly code: string;
  readonly status: number;
  readonly message: string;
  readonly messageEn: string;
}

/** A job as the domain sees it, with the path of its unit (for scope). */
export interface ImportJob {
  readonly id: string;
  readonly orgId: string;
  readonly orgPath: string;
  readonly createdBy: string | null;
  readonly createdByName: string;
  readonly fileName: string;
  readonly size: number;
  readonly state: ImportJobState;
  readonly progress: number;
  readonly imported: readonly ImportedProject[] | null;
  readonly error: ImportJobError | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a new job starts with. */
export type NewImportJob = Omit<
  ImportJob,
  'orgPath' | 'state' | 'progress' | 'imported' | 'error' | 'updatedAt'
>;

/** Records a new job, queued. */
export async function insertImportJob(q: Queryable, job: NewImportJob): Promise<void> {
  await q
    .insertInto('import_jobs')
    .values({
      id: job.id,
      org_id: job.orgId,
      created_by: job.createdBy,
      created_by_name: job.createdByName,
      file_name: job.fileName,
      size: job.size,
      state: 'queued',
      progress: 0,
      result_json: null,
      error_json: null,
      created_at: job.createdAt,
      updated_at: job.createdAt,
    })
    .execute();
}

/** A change of a job: where it is now, and its outcome once it ends. */
export interface ImportJobChange {
  readonly state: ImportJobState;
  readonly progress: number;
  readonly imported?: readonly ImportedProject[];
  readonly error?: ImportJobError;
  readonly at: string;
}

/** Moves a job on. A job that has ended is never changed again. */
export async function updateImportJob(
  q: Queryable,
  id: string,
  change: ImportJobChange,
): Promise<void> {
  await q
    .updateTable('import_jobs')
    .set({
      state: change.state,
      progress: change.progress,
      updated_at: change.at,
      ...(change.imported ? { result_json: JSON.stringify(change.imported) } : {}),
      ...(change.error ? { error_json: JSON.stringify(change.error) } : {}),
    })
    .where('id', '=', id)
    .where('state', 'not in', [...FINAL_JOB_STATES])
    .execute();
}

function rowToJob(row: Selectable<ImportJobTable> & { org_path: string }): ImportJob {
  return {
    id: row.id,
    orgId: row.org_id,
    orgPath: row.org_path,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    fileName: row.file_name,
    size: Number(row.size),
    state: row.state as ImportJobState,
    progress: Number(row.progress),
    imported: row.result_json === null ? null : (JSON.parse(row.result_json) as ImportedProject[]),
    error: row.error_json === null ? null : (JSON.parse(row.error_json) as ImportJobError),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One job with its unit's path, or undefined. */
export async function findImportJob(q: Queryable, id: string): Promise<ImportJob | undefined> {
  const row = await q
    .selectFrom('import_jobs')
    .innerJoin('orgs', 'orgs.id', 'import_jobs.org_id')
    .selectAll('import_jobs')
    .select('orgs.path as org_path')
    .where('import_jobs.id', '=', id)
    .executeTakeFirst();
  return row && rowToJob(row);
}
