/**
 * 整改 (rectification) as core/monitoring's state machine decides it: the store keeps each
 * rectification with all its steps, and writes a step only if no other step landed since it
 * was read (compare-and-set on `step_count`).
 */

import type { Selectable } from 'kysely';
import type { DeviationCategory } from '../../core/monitoring/monitoring-profile.js';
import type {
  Rectification,
  RectificationState,
  RectificationStep,
} from '../../core/monitoring/rectification.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { RectificationTable } from '../tables/rectification.table.js';
import type { ProjectRecord } from './project.repository.js';

/** A stored rectification: the core value and where it belongs. */
export interface StoredRectification {
  readonly projectId: string;
  readonly version: number;
  readonly rectification: Rectification;
  /** Username of the reviewer who asked for it. */
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function rowToRectification(row: Selectable<RectificationTable>): StoredRectification {
  return {
    projectId: row.project_id,
    version: Number(row.version),
    requestedBy: row.requested_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    rectification: {
      id: row.id,
      indicators: JSON.parse(row.indicators_json) as number[],
      category: row.category as DeviationCategory | null,
      dueDate: row.due_date,
      state: row.state as RectificationState,
      steps: JSON.parse(row.steps_json) as RectificationStep[],
    },
  };
}

/** The project's rectifications, oldest first. */
export async function listRectifications(
  q: Queryable,
  projectId: string,
): Promise<StoredRectification[]> {
  const rows = await q
    .selectFrom('rectifications')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToRectification);
}

/** One rectification of the project, or undefined. */
export async function findRectification(
  q: Queryable,
  projectId: string,
  id: string,
): Promise<StoredRectification | undefined> {
  const row = await q
    .selectFrom('rectifications')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && rowToRectification(row);
}

/** Stores a new rectification (its first step is the request), audited. */
export async function insertRectification(
  tx: WriteTx,
  project: ProjectRecord,
  rectification: Rectification,
): Promise<StoredRectification> {
  const row: Selectable<RectificationTable> = {
    id: rectification.id,
    project_id: project.id,
    org_id: project.orgId,
    version: project.version,
    indicators_json: JSON.stringify(rectification.indicators),
    category: rectification.category,
    due_date: rectification.dueDate,
    state: rectification.state,
    steps_json: JSON.stringify(rectification.steps),
    step_count: rectification.steps.length,
    requested_by: rectification.steps[0]?.by ?? tx.actor.name,
    created_at: tx.now,
    updated_at: tx.now,
  };
  await tx.trx.insertInto('rectifications').values(row).execute();
  tx.record({
    action: 'rectification.request',
    entity: 'rectification',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: {
      indicators: rectification.indicators,
      category: rectification.category,
      dueDate: rectification.dueDate,
      text: rectification.steps[0]?.text ?? '',
    },
  });
  return rowToRectification(row);
}

/**
 * Saves the rectification after one more step, if it still has the steps it had when read.
 * Undefined when another step landed first.
 */
export async function saveRectificationStep(
  tx: WriteTx,
  project: ProjectRecord,
  before: StoredRectification,
  after: Rectification,
): Promise<StoredRectification | undefined> {
  const result = await tx.trx
    .updateTable('rectifications')
    .set({
      state: after.state,
      steps_json: JSON.stringify(after.steps),
      step_count: after.steps.length,
      updated_at: tx.now,
    })
    .where('id', '=', after.id)
    .where('step_count', '=', before.rectification.steps.length)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return undefined;
  const step = after.steps.at(-1)!;
  tx.record({
    action: `rectification.${step.action}`,
    entity: 'rectification',
    entityId: after.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { state: before.rectification.state },
    after: { state: after.state, text: step.text },
  });
  return { ...before, rectification: after, updatedAt: tx.now };
}
