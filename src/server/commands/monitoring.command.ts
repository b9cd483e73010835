/**
 * Monitoring (双监控, 财预〔2019〕136号) of an approved project at a checkpoint: what the unit
 * filed, re-read and judged by core/monitoring on every view (lights and findings), and the
 * period's lock — a closed period says who closed it, when and why, and only the finance
 * bureau (or an administrator, as an exception) reopens it. Every change is audited.
 */

import { SELF_EVALUATION_LABELS as L, periodName, render } from '../../core/messages/index.js';
import { parseMonitoringInput } from '../../core/monitoring/monitoring-input.schema.js';
import type { MonitoringReport } from '../../core/monitoring/monitoring-report.js';
import type { Actor } from '../../core/policy/actor.js';
import {
  canCloseMonitoring,
  canReopenMonitoring,
  canWriteActuals,
  filesRecords,
} from '../../core/policy/evidence.policy.js';
import { canViewProject } from '../../core/policy/project.policy.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { write } from '../../store/mutate.js';
import {
  type FiledMonitoring,
  findPeriod,
  insertMonitoring,
  latestMonitoring,
  type MonitoringPeriod,
  setPeriodState,
} from '../../store/repositories/monitoring.repository.js';
import {
  findProjectTable,
  type ProjectRecord,
} from '../../store/repositories/project.repository.js';
import type { ServerContext } from '../context.js';
import { ApiError, apiError, notFound } from '../errors.js';
import { auditActor } from './actor.js';
import { requireOpen } from './merged-table.js';
import { placeFiled } from './monitoring-placement.js';
import { monitoringReportOf } from './monitoring-report.js';
import { refreshProjectSummary } from './project-summary.command.js';
import { recordsError } from './self-evaluation-errors.js';
import type { SelfEvaluationSettings } from './self-evaluation-settings.js';

/** A checkpoint's id in URLs: `1-7` for 1–7月. */
export const checkpointId = (month: number): string => `1-${month}`;

/** The month of a checkpoint id the profile knows, or 404 naming the ones it has. */
export function checkpointMonth(settings: SelfEvaluationSettings, id: string): number {
  const months = settings.monitoringProfile.checkpoints;
  const match = /^1-(\d{1,2})$/.exec(id);
  const month = match ? Number(match[1]) : Number.NaN;
  if (!months.includes(month))
    throw recordsError('checkpointUnknown', {
      checkpoint: id.slice(0, 20),
      known: months.map(checkpointId).join(', '),
    });
  return month;
}

/** A checkpoint of a project with what was filed, its period and the report. */
export interface CheckpointView {
  readonly project: ProjectRecord;
  readonly table: TargetTable;
  readonly month: number;
  readonly period: MonitoringPeriod;
  readonly filed: FiledMonitoring | undefined;
  /** What was filed as sent (values as written), or null. */
  readonly input: unknown;
  readonly report: MonitoringReport;
}

async function loadTable(ctx: ServerContext, actor: Actor, projectId: string) {
  const found = await findProjectTable(ctx.store.db, projectId);
  if (!found || !canViewProject(actor, found.project)) throw notFound('project');
  return { project: found.project, table: JSON.parse(found.tableJson) as TargetTable };
}

/** A checkpoint as the caller sees it, with its lights computed now. */
export async function viewCheckpoint(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  projectId: string,
  checkpoint: string,
): Promise<CheckpointView> {
  const { project, table } = await loadTable(ctx, actor, projectId);
  const month = checkpointMonth(settings, checkpoint);
  const [saved, period] = await Promise.all([
    latestMonitoring(ctx.store.db, project.id, month),
    findPeriod(ctx.store.db, project.id, month),
  ]);
  // Filed before the table was adjusted: its entries follow their indicators by name.
  const filed = await placeFiled(ctx.store.db, project, table, saved);
  const report = monitoringReportOf(table, filed, month, settings.monitoringProfile);
  return { project, table, month, period, filed, input: filed?.input ?? null, report };
}

/** The lock of a closed period, saying why. */
export function periodLock(month: number, period: MonitoringPeriod) {
  if (period.state !== 'closed') return null;
  const name = periodName(month);
  const text = render(L.periodClosedLock, {
    period: name.zh,
    periodEn: name.en,
    reason: period.reason ?? L.defaultCloseReason.zh,
  });
  return { reason: 'period-closed' as const, message: text.zh, messageEn: text.en };
}

/** What the caller may do at the checkpoint. */
export function checkpointActions(actor: Actor, view: CheckpointView) {
  const open = view.period.state === 'open';
  return {
    canEdit: open && canWriteActuals(actor, view.project),
    canClose: open && canCloseMonitoring(actor, view.project),
    canReopen: !open && canReopenMonitoring(actor, view.project),
  };
}

function closedError(month: number, period: MonitoringPeriod) {
  const name = periodName(month);
  return recordsError('monitoringClosed', {
    period: name.zh,
    periodEn: name.en,
    at: period.changedAt ?? '',
    by: period.changedByName ?? '',
    reason: period.reason ?? L.defaultCloseReason.zh,
  });
}

/**
 * Files the unit's report at a checkpoint (a new save; earlier ones kept). 403 for other roles,
 * 409 before approval or in a closed period, 400 for input core/monitoring refuses or an
 * indicator that does not exist.
 */
export async function fileMonitoring(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  projectId: string,
  checkpoint: string,
  body: { readonly execution?: unknown; readonly entries: readonly { index: number }[] },
): Promise<void> {
  const { project, table } = await loadTable(ctx, actor, projectId);
  const month = checkpointMonth(settings, checkpoint);
  if (!filesRecords(actor, project)) throw apiError('forbidden');
  requireOpen(project);
  const period = await findPeriod(ctx.store.db, project.id, month);
  if (period.state === 'closed') throw closedError(month, period);
  const parsed = parseMonitoringInput({ ...body, month }, table.project.year);
  if (!parsed.ok) throw new ApiError('invalidRequest', 400, parsed.error);
  for (const e of body.entries)
    if (table.indicators[e.index] === undefined)
      throw apiError('indicatorOutOfRange', { index: e.index, count: table.indicators.length });
  await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    // Checked again inside the transaction: a period closed meanwhile takes no more saves.
    const now = await findPeriod(tx.trx, project.id, month);
    if (now.state === 'closed') throw closedError(month, now);
    await insertMonitoring(tx, project, actor, month, body);
    await refreshProjectSummary(tx, actor, project.id, ctx.summary);
  });
}

/** Closes (a reviewer) or reopens (finance, or an administrator) a checkpoint's period. */
export async function setMonitoringPeriod(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  projectId: string,
  checkpoint: string,
  state: MonitoringPeriod['state'],
  reason: string | undefined,
): Promise<void> {
  const { project } = await loadTable(ctx, actor, projectId);
  const month = checkpointMonth(settings, checkpoint);
  const allowed =
    state === 'closed' ? canCloseMonitoring(actor, project) : canReopenMonitoring(actor, project);
  if (!allowed) throw apiError('forbidden');
  const why = reason?.trim() ? reason.trim() : null;
  if (state === 'open' && why === null) throw recordsError('reopenReasonRequired');
  await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const changed = await setPeriodState(tx, project, month, state, why);
    if (changed) return;
    const current = await findPeriod(tx.trx, project.id, month);
    if (state === 'closed') throw closedError(month, current);
    const name = periodName(month);
    throw recordsError('monitoringNotClosed', { period: name.zh, periodEn: name.en });
  });
}
