/**
 * Third-party evaluation (第三方评价): the finance bureau (or an administrator) assigns an
 * evaluator account or an evaluating organisation to a project and removes it again; an
 * assigned evaluator records its evaluation (score, grade, opinion). Every change is audited.
 */

import {
  ASSIGNMENT_ENTITIES,
  ASSIGNMENT_ERRORS,
  type AssignmentErrorCode,
  type MessageParams,
  render,
} from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { ORG_KINDS } from '../../core/policy/actor.js';
import {
  type AssigneeFacts,
  canAssign,
  canAssignEvaluators,
  canEvaluate,
} from '../../core/policy/assignment.policy.js';
import { rolesForOrgKind } from '../../core/policy/user.policy.js';
import { gradeOf } from '../../core/scoring/grade.js';
import { NATIONAL_PROFILE } from '../../core/scoring/index.js';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import { write } from '../../store/mutate.js';
import {
  type Assignee,
  type Assignment,
  deleteAssignment,
  type EvaluatorCandidate,
  findAssignment,
  insertAssignment,
  listAssignments,
  listEvaluatorCandidates,
} from '../../store/repositories/assignment.repository.js';
import {
  type Evaluation,
  findEvaluation,
  saveEvaluation,
} from '../../store/repositories/evaluation.repository.js';
import { findOrg } from '../../store/repositories/org.repository.js';
import type { ProjectRecord } from '../../store/repositories/project.repository.js';
import { findUserWithOrg } from '../../store/repositories/user.repository.js';
import type { ServerContext } from '../context.js';
import { ApiError, apiError } from '../errors.js';
import { auditActor, loadVisibleProject } from './actor.js';

/** The status each assignment error is sent with. */
export const ASSIGNMENT_ERROR_STATUS: Readonly<Record<AssignmentErrorCode, number>> = {
  notEvaluator: 400,
};

function notEvaluator(params: MessageParams): ApiError {
  const code = 'notEvaluator';
  return new ApiError(code, ASSIGNMENT_ERROR_STATUS[code], render(ASSIGNMENT_ERRORS[code], params));
}

function notFoundOf(what: keyof typeof ASSIGNMENT_ENTITIES): ApiError {
  const name = ASSIGNMENT_ENTITIES[what];
  return apiError('notFound', { what: name.zh, whatEn: name.en });
}

/** The kinds of organisation where evaluators hold accounts (the ones that can be assigned). */
const EVALUATOR_ORG_KINDS = ORG_KINDS.filter((k) => rolesForOrgKind(k).includes('evaluator'));

/** A project's assignments as the caller sees them, and whom it could assign. */
export interface AssignmentsView {
  readonly project: ProjectRecord;
  readonly assignments: readonly Assignment[];
  readonly canAssign: boolean;
  /** Evaluators the caller may assign (empty unless it may assign). */
  readonly candidates: readonly EvaluatorCandidate[];
}

/** The project's assignments (anyone who sees the project), with candidates for an assigner. */
export async function viewAssignments(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
): Promise<AssignmentsView> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  const may = canAssignEvaluators(actor, project);
  const [assignments, candidates] = await Promise.all([
    listAssignments(ctx.store.db, project.id),
    may ? listEvaluatorCandidates(ctx.store.db, actor.orgPath, EVALUATOR_ORG_KINDS) : [],
  ]);
  return { project, assignments, canAssign: may, candidates };
}

/** The assignee named by a request, with the facts the policy needs (404 when unknown). */
async function loadAssignee(
  ctx: ServerContext,
  target: { readonly userId: string } | { readonly orgId: string },
): Promise<{ assignee: Assignee & { name: string }; facts: AssigneeFacts }> {
  if ('userId' in target) {
    const user = await findUserWithOrg(ctx.store.db, target.userId);
    if (!user) throw notFoundOf('evaluator');
    return {
      assignee: { kind: 'user', id: user.id, name: user.username },
      facts: { kind: 'user', role: user.role, orgPath: user.orgPath },
    };
  }
  const org = await findOrg(ctx.store.db, target.orgId);
  if (!org) throw notFoundOf('evaluator');
  return {
    assignee: { kind: 'org', id: org.id, name: org.name },
    facts: { kind: 'org', orgKind: org.kind, orgPath: org.path },
  };
}

/**
 * Assigns an evaluator to the project. 404 for a project or evaluator the caller cannot see,
 * 403 for roles that do not assign, 400 for an account or organisation that is no evaluator.
 * Assigning twice changes nothing and answers the existing assignment (`created` false).
 */
export async function assignEvaluator(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  target: { readonly userId: string } | { readonly orgId: string },
): Promise<{ readonly assignment: Assignment; readonly created: boolean }> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  if (!canAssignEvaluators(actor, project)) throw apiError('forbidden');
  const { assignee, facts } = await loadAssignee(ctx, target);
  const decision = canAssign(actor, facts);
  if (decision === 'out-of-scope') throw notFoundOf('evaluator');
  if (decision === 'not-evaluator') throw notEvaluator({ name: assignee.name });
  const existing = async () => {
    const row = await findAssignment(ctx.store.db, project.id, assignee);
    return row && (await listAssignments(ctx.store.db, project.id)).find((a) => a.id === row.id);
  };
  const before = await existing();
  if (before) return { assignment: before, created: false };
  try {
    const id = await write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
      insertAssignment(tx, project, assignee),
    );
    const assignments = await listAssignments(ctx.store.db, project.id);
    return { assignment: assignments.find((a) => a.id === id)!, created: true };
  } catch (error) {
    // Two assigners at once: the unique constraint lets one in; the other gets its row.
    const raced = await existing();
    if (raced) return { assignment: raced, created: false };
    throw error;
  }
}

/** Removes an assignment of the project (404 when it has none of that id). */
export async function removeAssignment(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  assignmentId: string,
): Promise<void> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  if (!canAssignEvaluators(actor, project)) throw apiError('forbidden');
  const assignment = (await listAssignments(ctx.store.db, project.id)).find(
    (a) => a.id === assignmentId,
  );
  if (!assignment) throw notFoundOf('assignment');
  const removed = await write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
    deleteAssignment(tx, project, assignment),
  );
  if (!removed) throw notFoundOf('assignment');
}

/** The project's evaluation (null before one), and whether the caller may record it. */
export async function viewEvaluation(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
): Promise<{ readonly evaluation: Evaluation | null; readonly canEvaluate: boolean }> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  const evaluation = await findEvaluation(ctx.store.db, project.id);
  return { evaluation: evaluation ?? null, canEvaluate: canEvaluate(actor, project) };
}

/**
 * An assigned evaluator records the project's evaluation, replacing an earlier one (audited
 * with what it replaced). Without a grade, the national grade bands give one from the score.
 */
export async function recordEvaluation(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  input: { readonly score: number; readonly grade?: GradeId | undefined; readonly opinion: string },
): Promise<Evaluation> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  // An evaluator sees only assigned projects once approved, so seeing one is being able to.
  if (!canEvaluate(actor, project)) throw apiError('forbidden');
  const org = actor.orgId === null ? undefined : await findOrg(ctx.store.db, actor.orgId);
  return write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
    saveEvaluation(tx, project, {
      score: input.score,
      grade: input.grade ?? gradeOf(input.score, NATIONAL_PROFILE.grades),
      opinion: input.opinion.trim(),
      evaluatorId: actor.userId,
      evaluatorName: actor.username,
      evaluatorOrgName: org?.name ?? null,
    }),
  );
}
