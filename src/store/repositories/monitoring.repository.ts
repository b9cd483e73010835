/**
 * Monitoring reports (双监控) as filed at each checkpoint, kept as a history of saves, and the
 * open/closed state of each checkpoint's period with who changed it and why.
 */

import type { Selectable } from 'kysely';
import type { Actor } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { MonitoringPeriodTable, MonitoringReportTable } from '../tables/monitoring.table.js';
import { lockProjectRecords } from './actual.repository.js';
import type { ProjectRecord } from './project.repository.js';

/** A filed monitoring report: the input as written, re-read on every view. */
export interface FiledMonitoring {
  readonly id: string;
  readonly checkpoint: number;
  readonly number: number;
  readonly version: number;
  readonly input: unknown;
  readonly authorName: string;
  readonly createdAt: string;
}

function rowToFiled(row: Selectable<MonitoringReportTable>): FiledMonitoring {
  return {
    id: row.id,
    checkpoint: Number(row.checkpoint),
    number: Number(row.number),
    version: Number(row.version),
    input: JSON.parse(row.input_json) as unknown,
    authorName: row.author_name,
    createdAt: row.created_at,
  };
}

/** The latest report filed at a checkpoint, or undefined. */
export async function latestMonitoring(
  q: Queryable,
  projectId: string,
  checkpoint: number,
): Promise<FiledMonitoring | undefined> {
  const row = await q
    .selectFrom('monitoring_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('checkpoint', '=', checkpoint)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && rowToFiled(row);
}

/** The latest report of the latest checkpoint filed at all, or undefined before any. */
export async function latestFiledMonitoring(
  q: Queryable,
  projectId: string,
): Promise<FiledMonitoring | undefined> {
  const row = await q
    .selectFrom('monitoring_reports')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('checkpoint', 'desc')
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && rowToFiled(row);
}

/** The latest save of each checkpoint, without content (for the list of checkpoints). */
export async function monitoringSaves(
  q: Queryable,
  projectId: string,
): Promise<{ checkpoint: number; number: number; createdAt: string }[]> {
  const rows = await q
    .selectFrom('monitoring_reports')
    .select(['checkpoint', 'number', 'created_at'])
    .where('project_id', '=', projectId)
    .orderBy('checkpoint')
    .orderBy('number')
    .execute();
  const latest = new Map<number, { checkpoint: number; number: number; createdAt: string }>();
  for (const r of rows)
    latest.set(Number(r.checkpoint), {
      checkpoint: Number(r.checkpoint),
      number: Number(r.number),
      createdAt: r.created_at,
    });
  return [...latest.values()];
}

/** Files a new save of the checkpoint's report, audited. */
export async function insertMonitoring(
  tx: WriteTx,
  project: ProjectRecord,
  author: Actor,
  checkpoint: number,
  input: unknown,
): Promise<FiledMonitoring> {
  await lockProjectRecords(tx, project.id);
  const last = await tx.trx
    .selectFrom('monitoring_reports')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('project_id', '=', project.id)
    .where('checkpoint', '=', checkpoint)
    .executeTakeFirst();
  const row: Selectable<MonitoringReportTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    checkpoint,
    number: Number(last?.number ?? 0) + 1,
    version: project.version,
    input_json: JSON.stringify(input),
    author_id: author.userId,
    author_name: author.username,
    created_at: tx.now,
  };
  await tx.trx.insertInto('monitoring_reports').values(row).execute();
  tx.record({
    action: 'monitoring.save',
    entity: 'monitoring',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: { checkpoint, number: row.number, version: row.version, input },
  });
  return rowToFiled(row);
}

/** Whether a checkpoint's period is open or closed, and the last change. */
export interface MonitoringPeriod {
  readonly checkpoint: number;
  readonly state: 'open' | 'closed';
  readonly reason: string | null;
  readonly changedByName: string | null;
  readonly changedAt: string | null;
}

function rowToPeriod(row: Selectable<MonitoringPeriodTable>): MonitoringPeriod {
  return {
    checkpoint: Number(row.checkpoint),
    state: row.state as MonitoringPeriod['state'],
    reason: row.reason,
    changedByName: row.changed_by_name,
    changedAt: row.changed_at,
  };
}

/** A period never closed is open. */
const openPeriod = (checkpoint: number): MonitoringPeriod => ({
  checkpoint,
  state: 'open',
  reason: null,
  changedByName: null,
  changedAt: null,
});

/** The period of one checkpoint. */
export async function findPeriod(
  q: Queryable,
  projectId: string,
  checkpoint: number,
): Promise<MonitoringPeriod> {
  const row = await q
    .selectFrom('monitoring_periods')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('checkpoint', '=', checkpoint)
    .executeTakeFirst();
  return row ? rowToPeriod(row) : openPeriod(checkpoint);
}

/** Every period of the project that was ever closed or reopened. */
export async function listPeriods(q: Queryable, projectId: string): Promise<MonitoringPeriod[]> {
  const rows = await q
    .selectFrom('monitoring_periods')
    .selectAll()
    .where('project_id', '=', projectId)
    .execute();
  return rows.map(rowToPeriod);
}

/**
 * Closes or reopens a period if it is still in the other state. Undefined when someone else
 * changed it first.
 */
export async function setPeriodState(
  tx: WriteTx,
  project: ProjectRecord,
  checkpoint: number,
  state: MonitoringPeriod['state'],
  reason: string | null,
): Promise<MonitoringPeriod | undefined> {
  await lockProjectRecords(tx, project.id);
  const current = await findPeriod(tx.trx, project.id, checkpoint);
  if (current.state === state) return undefined;
  const row: Selectable<MonitoringPeriodTable> = {
    project_id: project.id,
    checkpoint,
    org_id: project.orgId,
    state,
    reason,
    changed_by_name: tx.actor.name,
    changed_at: tx.now,
  };
  if (current.changedAt === null)
    await tx.trx.insertInto('monitoring_periods').values(row).execute();
  else
    await tx.trx
      .updateTable('monitoring_periods')
      .set({ state, reason, changed_by_name: row.changed_by_name, changed_at: tx.now })
      .where('project_id', '=', project.id)
      .where('checkpoint', '=', checkpoint)
      .execute();
  tx.record({
    action: state === 'closed' ? 'monitoring.close' : 'monitoring.reopen',
    entity: 'monitoring-period',
    entityId: `${project.id}/${checkpoint}`,
    orgId: project.orgId,
    projectId: project.id,
    before: { state: current.state, reason: current.reason },
    after: { checkpoint, state, reason },
  });
  return rowToPeriod(row);
}
