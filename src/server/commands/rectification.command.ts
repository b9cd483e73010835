/**
 * 整改 (rectification) on an approved project, driven by core/monitoring's state machine: a
 * reviewer requests it, the unit states measures and then the result, and the requester
 * closes it (or a reviewer returns it a step). Every step is audited with who and when.
 */

import type { DeviationCategory } from '../../core/monitoring/monitoring-profile.js';
import {
  applyRectification,
  RECTIFICATION_TRANSITIONS,
  type RectificationAction,
  type RectificationResult,
  requestRectification,
} from '../../core/monitoring/rectification.js';
import type { Actor } from '../../core/policy/actor.js';
import {
  canRequestRectification,
  canStepRectification,
} from '../../core/policy/evidence.policy.js';
import type { ProjectScope } from '../../core/policy/project.policy.js';
import { canViewProject } from '../../core/policy/project.policy.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { write } from '../../store/mutate.js';
import { findProjectTable } from '../../store/repositories/project.repository.js';
import {
  findRectification,
  insertRectification,
  type StoredRectification,
  saveRectificationStep,
} from '../../store/repositories/rectification.repository.js';
import type { ServerContext } from '../context.js';
import { ApiError, apiError, notFound } from '../errors.js';
import { auditActor } from './actor.js';
import { requireOpen } from './merged-table.js';
import { recordNotFound, recordsError } from './self-evaluation-errors.js';

/** The API error for a step core/monitoring refuses, with core's own words. */
function refusal(result: Extract<RectificationResult, { ok: false }>): ApiError {
  const detail = { detail: result.error.zh, detailEn: result.error.en };
  switch (result.code) {
    case 'not-allowed':
    case 'time-order':
      return recordsError('rectificationNotAllowed', detail);
    case 'own-result':
      // Nobody closes a rectification on a result they submitted themselves.
      return new ApiError('ownUpdate', 403, result.error);
    case 'text-required':
    case 'text-too-long':
    case 'by-required':
    case 'bad-time':
      return recordsError('rectificationInvalid', detail);
  }
}

async function loadTable(ctx: ServerContext, actor: Actor, projectId: string) {
  const found = await findProjectTable(ctx.store.db, projectId);
  if (!found || !canViewProject(actor, found.project)) throw notFound('project');
  return { project: found.project, table: JSON.parse(found.tableJson) as TargetTable };
}

/** The steps the actor may take on a rectification now. */
export function rectificationActions(
  actor: Actor,
  project: ProjectScope,
  stored: StoredRectification,
): RectificationAction[] {
  const next = Object.keys(
    RECTIFICATION_TRANSITIONS[stored.rectification.state],
  ) as RectificationAction[];
  return next.filter(
    (a) =>
      canStepRectification(actor, project, a) &&
      (a !== 'close' || stored.requestedBy === actor.username),
  );
}

/** Raises a rectification request (整改要求): the project's reviewers, once targets are approved. */
export async function raiseRectification(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  body: {
    readonly text: string;
    readonly indicators?: readonly number[] | undefined;
    readonly category?: DeviationCategory | null | undefined;
    readonly dueDate?: string | null | undefined;
  },
): Promise<{ stored: StoredRectification; table: TargetTable }> {
  const { project, table } = await loadTable(ctx, actor, projectId);
  if (!canRequestRectification(actor, project)) throw apiError('forbidden');
  requireOpen(project);
  const indicators = [...new Set(body.indicators ?? [])].sort((a, b) => a - b);
  for (const index of indicators)
    if (table.indicators[index] === undefined)
      throw apiError('indicatorOutOfRange', { index, count: table.indicators.length });
  const stored = await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const result = requestRectification({
      id: tx.newId(),
      by: actor.username,
      at: tx.now,
      text: body.text,
      indicators,
      category: body.category ?? null,
      dueDate: body.dueDate ?? null,
    });
    if (!result.ok) throw refusal(result);
    return insertRectification(tx, project, result.rectification);
  });
  return { stored, table };
}

/**
 * Takes one step: the unit's measures or result, a reviewer's return, the requester's close.
 * 403 for a role that does not take it (or a close by someone else than the requester), 409
 * when the state does not allow it, 400 when core/monitoring finds the step's text wrong.
 */
export async function stepRectification(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  rectificationId: string,
  body: { readonly action: RectificationAction; readonly text: string },
): Promise<{ stored: StoredRectification; table: TargetTable }> {
  const { project, table } = await loadTable(ctx, actor, projectId);
  const stored = await findRectification(ctx.store.db, project.id, rectificationId);
  if (!stored) throw recordNotFound('rectification');
  if (!canStepRectification(actor, project, body.action)) throw apiError('forbidden');
  if (body.action === 'close' && stored.requestedBy !== actor.username)
    throw recordsError('notRequester', { by: stored.requestedBy });
  const saved = await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const result = applyRectification(stored.rectification, {
      action: body.action,
      by: actor.username,
      at: tx.now,
      text: body.text,
    });
    if (!result.ok) throw refusal(result);
    const after = await saveRectificationStep(tx, project, stored, result.rectification);
    if (!after) throw recordsError('rectificationChanged');
    return after;
  });
  return { stored: saved, table };
}
