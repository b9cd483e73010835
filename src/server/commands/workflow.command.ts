/** Workflow actions and review comments on a project. */

import { WORKFLOW_MESSAGES } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { isSelfEvaluationOpen } from '../../core/policy/evidence.policy.js';
import { canCommentProject } from '../../core/policy/project.policy.js';
import { assertNever } from '../../core/util/assert-never.js';
import { decideTransition, type WorkflowAction } from '../../core/workflow/transitions.js';
import { write } from '../../store/mutate.js';
import { insertComment, type ReviewComment } from '../../store/repositories/comment.repository.js';
import {
  applyTransition,
  type ProjectRecord,
} from '../../store/repositories/project.repository.js';
import { findVersion } from '../../store/repositories/version.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { auditActor, loadVisibleProject } from './actor.js';
import { refreshProjectSummary } from './project-summary.command.js';

/**
 * Takes a workflow action: 404 outside scope, 403 for a role that never takes it, 409 when
 * not possible in the current state, 400 when a return comes without a comment. The state
 * change, its comment and its audit entry are written together.
 */
export async function transitionProject(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  action: WorkflowAction,
  comment: string | undefined,
): Promise<ProjectRecord> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  const decision = decideTransition(actor.role, project.state, action, comment);
  const notNow = () => {
    const s = WORKFLOW_MESSAGES.states[project.state];
    const a = WORKFLOW_MESSAGES.actions[action];
    return apiError('transitionNotAllowed', {
      state: s.zh,
      stateEn: s.en,
      action: a.zh,
      actionEn: a.en,
    });
  };
  switch (decision.kind) {
    case 'not-your-role':
      throw apiError('forbidden');
    case 'not-now':
      throw notNow();
    case 'comment-required':
      throw apiError('commentRequired');
    case 'allowed':
      break;
    default:
      assertNever(decision);
  }
  const text = comment?.trim() ? comment.trim() : null;
  return write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const moved = await applyTransition(tx, project, decision.rule, text);
    // Someone else acted first: the state is no longer the rule's `from`.
    if (!moved) throw notNow();
    if (text)
      await insertComment(tx, project, actor, {
        body: text,
        indicatorIndex: null,
        indicatorName: null,
        kind: 'transition',
        action,
      });
    // Approval opens the self-evaluation (a score follows), reopening closes it (none does).
    const { from, to } = decision.rule;
    if (isSelfEvaluationOpen(from) === isSelfEvaluationOpen(to)) return moved;
    const { score, monitoring } = await refreshProjectSummary(tx, actor, moved.id, ctx.summary);
    return { ...moved, score, monitoring };
  });
}

/**
 * Adds a review comment (审核意见) on the whole table or on one indicator of the current
 * version; the indicator's name is kept so the unit finds it after rows move.
 */
export async function commentOnProject(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  input: { readonly body: string; readonly indicatorIndex: number | null },
): Promise<ReviewComment> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  if (!canCommentProject(actor, project)) throw apiError('forbidden');
  let indicatorName: string | null = null;
  if (input.indicatorIndex !== null) {
    const version = await findVersion(ctx.store.db, project.id, project.version);
    const indicators = version
      ? (JSON.parse(version.tableJson) as { indicators: { name: string }[] }).indicators
      : [];
    const indicator = indicators[input.indicatorIndex];
    if (!indicator)
      throw apiError('indicatorOutOfRange', {
        index: input.indicatorIndex,
        count: indicators.length,
      });
    indicatorName = indicator.name;
  }
  return write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
    insertComment(tx, project, actor, {
      body: input.body,
      indicatorIndex: input.indicatorIndex,
      indicatorName,
      kind: 'review',
    }),
  );
}
