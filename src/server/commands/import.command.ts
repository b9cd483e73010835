/**
 * Importing a file: read it with the readers, review every table in it, and store each as a
 * new project's draft version with its findings — all tables of the file in ONE transaction,
 * so a failure (or a killed process) leaves either all of them or nothing.
 */

import type { Kysely } from 'kysely';
import { SERVER_LABELS } from '../../core/messages/index.js';
import type { ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { targetTableInput } from '../../core/table/target-table.schema.js';
import { readTargetTables } from '../../io/read.js';
import { type AuditActor, type WriteServices, write } from '../../store/mutate.js';
import type { StoredFinding } from '../../store/repositories/finding.repository.js';
import type { Org } from '../../store/repositories/org.repository.js';
import { createProject, type ProjectRecord } from '../../store/repositories/project.repository.js';
import type { VersionMeta, VersionSource } from '../../store/repositories/version.repository.js';
import type { Database } from '../../store/tables/database.js';
import { readError } from '../errors.js';

/** A table read from a file, with its review. */
export interface ReviewedTable {
  readonly table: TargetTable;
  readonly findings: readonly StoredFinding[];
  readonly summary: ReviewResult['summary'];
}

/**
 * Reads every table of a file and reviews it. A file the readers refuse throws the reader's
 * bilingual error with status 400, 413 or 415. `year` fills in a table that states none.
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
  const result = await readTargetTables(bytes, {
    file: options.fileName,
    limits: { maxBytes: options.maxBytes },
  });
  if (!result.ok) throw readError(result.error.code, result.error.text);
  return result.tables.map((read) => {
    const table = options.year === undefined ? read : withYear(read, options.year);
    const { findings, summary } = options.review(table);
    return { table, findings, summary };
  });
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

/** A stored import: the new project and its first version. */
export interface StoredImport {
  readonly project: ProjectRecord;
  readonly version: VersionMeta;
  readonly reviewed: ReviewedTable;
}

/** Stores every reviewed table as a new draft project of `org`, in one transaction. */
export function storeImport(
  db: Kysely<Database>,
  who: AuditActor,
  services: WriteServices,
  org: Org,
  reviewed: readonly ReviewedTable[],
  origin: { readonly source: VersionSource; readonly note: string | null },
): Promise<StoredImport[]> {
  const untitled = SERVER_LABELS.untitledProject.zh;
  return write(db, who, services, async (tx) => {
    const stored: StoredImport[] = [];
    for (const r of reviewed) {
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
