/**
 * Actuals (实际完成值) as a history of updates, and the budget execution line likewise. Nothing
 * is overwritten: each update is a new row numbered per project, and the current value of an
 * indicator is its latest update that was not rejected (approved or still pending). Reviews are
 * written onto the update they judge; a reviewer's correction is a new update that names the
 * reviewer as its author, the original author it was entered for, and the update it corrects.
 */

import { type Selectable, sql } from 'kysely';
import type { Actor, Role } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { ActualUpdateTable, ExecutionUpdateTable } from '../tables/actual.table.js';
import type { ProjectRecord } from './project.repository.js';

/** Where an update came from. */
export type ActualSource = 'entry' | 'survey';

/** The review of an update. */
export type ReviewState = 'pending' | 'approved' | 'rejected';

/** What an update says about one indicator (its whole state, not a difference). */
export interface ActualValues {
  /** As written; null: no value (never the same as 0). */
  readonly actual: string | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly deviationReason: string | null;
  readonly numerator: number | null;
  readonly denominator: number | null;
}

/** What makes an update a reviewer's correction of an earlier one. */
export interface ActualCorrection {
  /** The update corrected. */
  readonly fromId: string;
  /** The original author the correction was entered for (kept through corrections of corrections). */
  readonly onBehalfOfId: string | null;
  readonly onBehalfOfName: string;
  /** Why the reviewer corrected the value. */
  readonly reason: string;
}

/** One update of one indicator, as the domain sees it. */
export interface ActualUpdate extends ActualValues {
  readonly id: string;
  readonly projectId: string;
  readonly seq: number;
  readonly version: number;
  readonly index: number;
  readonly name: string;
  readonly source: ActualSource;
  readonly sourceId: string | null;
  readonly authorId: string | null;
  readonly authorName: string;
  readonly authorRole: Role | null;
  readonly createdAt: string;
  readonly review: {
    readonly state: ReviewState;
    readonly byId: string | null;
    readonly byName: string | null;
    readonly at: string | null;
    readonly comment: string | null;
  };
  /** Null unless a reviewer entered this update as a correction. */
  readonly correction: ActualCorrection | null;
}

/** Maps a row to an `ActualUpdate`. */
export function rowToActualUpdate(row: Selectable<ActualUpdateTable>): ActualUpdate {
  return {
    id: row.id,
    projectId: row.project_id,
    seq: Number(row.seq),
    version: Number(row.version),
    index: Number(row.indicator_index),
    name: row.indicator_name,
    actual: row.actual_raw,
    weight: row.weight === null ? null : Number(row.weight),
    score: row.score === null ? null : Number(row.score),
    deviationReason: row.deviation_reason,
    numerator: row.numerator === null ? null : Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    source: row.source as ActualSource,
    sourceId: row.source_id,
    authorId: row.author_id,
    authorName: row.author_name,
    authorRole: row.author_role as Role | null,
    createdAt: row.created_at,
    review: {
      state: row.review_state as ReviewState,
      byId: row.reviewed_by,
      byName: row.reviewed_by_name,
      at: row.reviewed_at,
      comment: row.review_comment,
    },
    correction:
      row.corrected_from === null
        ? null
        : {
            fromId: row.corrected_from,
            onBehalfOfId: row.on_behalf_of,
            onBehalfOfName: row.on_behalf_of_name ?? '',
            reason: row.correction_reason ?? '',
          },
  };
}

/**
 * Holds the project's row until commit, so writers of the same project's records take their
 * numbers one after another: a no-op UPDATE takes PostgreSQL's row lock (SQLite serialises
 * writers already), as the audit chain does.
 */
export async function lockProjectRecords(tx: WriteTx, projectId: string): Promise<void> {
  await tx.trx
    .updateTable('projects')
    .set((eb) => ({ version: eb.ref('version') }))
    .where('id', '=', projectId)
    .execute();
}

async function nextSeq(
  tx: WriteTx,
  table: 'actual_updates' | 'execution_updates',
  projectId: string,
): Promise<number> {
  const row = await tx.trx
    .selectFrom(table)
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return Number(row?.seq ?? 0) + 1;
}

/**
 * The candidates for each indicator's current value, in one query: for every row an update was
 * made against (a version and an index), its latest update that was not rejected and its
 * latest rejected one. Rows are told apart by version as well as index, because an adjusted
 * table may put another indicator at an index; the caller places each on the current table
 * and keeps the newest.
 */
export async function latestActuals(q: Queryable, projectId: string): Promise<ActualUpdate[]> {
  const ranked = q
    .selectFrom('actual_updates')
    .selectAll()
    .select(
      // Kysely's partitionBy takes column references only; the CASE splits rejected updates off.
      sql<number>`row_number() over (partition by version, indicator_index, case when review_state = 'rejected' then 1 else 0 end order by seq desc)`.as(
        'rank',
      ),
    )
    .where('project_id', '=', projectId);
  const rows = await q
    .selectFrom(ranked.as('u'))
    .selectAll()
    .where('u.rank', '=', 1)
    .orderBy('u.indicator_index')
    .execute();
  return rows.map(rowToActualUpdate);
}

/** Every update of the project, newest first; optionally of one indicator. */
export async function listActualHistory(
  q: Queryable,
  projectId: string,
  index?: number,
): Promise<ActualUpdate[]> {
  let query = q.selectFrom('actual_updates').selectAll().where('project_id', '=', projectId);
  if (index !== undefined) query = query.where('indicator_index', '=', index);
  const rows = await query.orderBy('seq', 'desc').execute();
  return rows.map(rowToActualUpdate);
}

/** One update of the project, or undefined. */
export async function findActualUpdate(
  q: Queryable,
  projectId: string,
  id: string,
): Promise<ActualUpdate | undefined> {
  const row = await q
    .selectFrom('actual_updates')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && rowToActualUpdate(row);
}

/** A new update of one indicator, with the state it replaces (for the audit entry). */
export interface NewActualUpdate extends ActualValues {
  readonly index: number;
  readonly name: string;
  readonly source: ActualSource;
  readonly sourceId?: string | null;
  readonly previous: ActualValues | null;
  /** Set when a reviewer enters this update as a correction. */
  readonly correction?: ActualCorrection;
}

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const CHUNK = 200;

/** Appends updates of the project's current version, each audited with what it replaced. */
export async function insertActualUpdates(
  tx: WriteTx,
  project: ProjectRecord,
  author: Actor,
  updates: readonly NewActualUpdate[],
): Promise<ActualUpdate[]> {
  if (updates.length === 0) return [];
  await lockProjectRecords(tx, project.id);
  const first = await nextSeq(tx, 'actual_updates', project.id);
  const rows: Selectable<ActualUpdateTable>[] = updates.map((u, k) => ({
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    seq: first + k,
    version: project.version,
    indicator_index: u.index,
    indicator_name: u.name,
    actual_raw: u.actual,
    weight: u.weight,
    score: u.score,
    deviation_reason: u.deviationReason,
    numerator: u.numerator,
    denominator: u.denominator,
    source: u.source,
    source_id: u.sourceId ?? null,
    author_id: author.userId,
    author_name: author.username,
    author_role: author.role,
    created_at: tx.now,
    review_state: 'pending',
    reviewed_by: null,
    reviewed_by_name: null,
    reviewed_at: null,
    review_comment: null,
    on_behalf_of: u.correction?.onBehalfOfId ?? null,
    on_behalf_of_name: u.correction?.onBehalfOfName ?? null,
    corrected_from: u.correction?.fromId ?? null,
    correction_reason: u.correction?.reason ?? null,
  }));
  for (let k = 0; k < rows.length; k += CHUNK)
    await tx.trx
      .insertInto('actual_updates')
      .values(rows.slice(k, k + CHUNK))
      .execute();
  rows.forEach((row, k) => {
    const u = updates[k]!;
    tx.record({
      action: u.correction ? 'actual.correct' : 'actual.update',
      entity: 'actual',
      entityId: row.id,
      orgId: project.orgId,
      projectId: project.id,
      ...(u.previous ? { before: auditValues(u.previous) } : {}),
      after: {
        version: row.version,
        index: u.index,
        name: u.name,
        source: u.source,
        ...auditValues(u),
        ...(u.correction
          ? {
              correctedFrom: u.correction.fromId,
              onBehalfOf: u.correction.onBehalfOfName,
              reason: u.correction.reason,
            }
          : {}),
      },
    });
  });
  return rows.map(rowToActualUpdate);
}

const auditValues = (v: ActualValues) => ({
  actual: v.actual,
  weight: v.weight,
  score: v.score,
  deviationReason: v.deviationReason,
  ...(v.numerator !== null ? { numerator: v.numerator, denominator: v.denominator } : {}),
});

/**
 * Records a reviewer's decision on a pending update. Undefined when it was reviewed meanwhile
 * (the WHERE clause is the compare-and-set).
 */
export async function reviewActualUpdate(
  tx: WriteTx,
  project: ProjectRecord,
  update: ActualUpdate,
  reviewer: Actor,
  decision: Exclude<ReviewState, 'pending'>,
  comment: string | null,
): Promise<ActualUpdate | undefined> {
  const result = await tx.trx
    .updateTable('actual_updates')
    .set({
      review_state: decision,
      reviewed_by: reviewer.userId,
      reviewed_by_name: reviewer.username,
      reviewed_at: tx.now,
      review_comment: comment,
    })
    .where('id', '=', update.id)
    .where('review_state', '=', 'pending')
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return undefined;
  tx.record({
    action: 'actual.review',
    entity: 'actual',
    entityId: update.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { review: 'pending', author: update.authorName },
    after: { review: decision, index: update.index, name: update.name, comment },
  });
  return {
    ...update,
    review: {
      state: decision,
      byId: reviewer.userId,
      byName: reviewer.username,
      at: tx.now,
      comment,
    },
  };
}

/** 年初预算数 / 全年预算数 / 全年执行数 as exact yuan strings, and why execution is low. */
export interface ExecutionValues {
  readonly initialBudget: string | null;
  readonly budget: string | null;
  readonly spent: string | null;
  readonly reason: string | null;
}

/** The execution line as last updated. */
export interface ExecutionUpdate extends ExecutionValues {
  readonly id: string;
  readonly seq: number;
  readonly authorName: string;
  readonly createdAt: string;
}

function rowToExecution(row: Selectable<ExecutionUpdateTable>): ExecutionUpdate {
  return {
    id: row.id,
    seq: Number(row.seq),
    initialBudget: row.initial_budget,
    budget: row.budget,
    spent: row.spent,
    reason: row.reason,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/** The latest execution update of the project, or undefined. */
export async function latestExecution(
  q: Queryable,
  projectId: string,
): Promise<ExecutionUpdate | undefined> {
  const row = await q
    .selectFrom('execution_updates')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && rowToExecution(row);
}

/** Appends an execution update, audited with what it replaced. */
export async function insertExecutionUpdate(
  tx: WriteTx,
  project: ProjectRecord,
  author: Actor,
  values: ExecutionValues,
  previous: ExecutionValues | null,
): Promise<ExecutionUpdate> {
  await lockProjectRecords(tx, project.id);
  const row: Selectable<ExecutionUpdateTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    seq: await nextSeq(tx, 'execution_updates', project.id),
    initial_budget: values.initialBudget,
    budget: values.budget,
    spent: values.spent,
    reason: values.reason,
    author_id: author.userId,
    author_name: author.username,
    created_at: tx.now,
  };
  await tx.trx.insertInto('execution_updates').values(row).execute();
  tx.record({
    action: 'execution.update',
    entity: 'execution',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    ...(previous ? { before: previous } : {}),
    after: values,
  });
  return rowToExecution(row);
}
