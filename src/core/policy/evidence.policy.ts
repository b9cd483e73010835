/**
 * Who may record and read the year's evidence-backed records once the targets are approved:
 * actuals (实际完成值) with their evidence (佐证材料), monitoring reports (双监控) and
 * rectification (整改). A unit files for its own projects; reviewers read, review and raise
 * rectification; the finance bureau closes and reopens monitoring periods. Evaluators read
 * within their organisation subtree (there is no assignment of projects to agencies yet).
 */

import type { RectificationAction } from '../monitoring/rectification.js';
import type { ProjectState } from '../workflow/states.js';
import type { Actor } from './actor.js';
import { canViewProject, type ProjectScope } from './project.policy.js';

/** True once the targets are approved (批复) or published: the year's records are open. */
export function isSelfEvaluationOpen(state: ProjectState): boolean {
  return state === 'approved' || state === 'published';
}

/** True when the actor may read the project's actuals, evidence, monitoring and scores. */
export function canReadActuals(actor: Actor, project: ProjectScope): boolean {
  return canViewProject(actor, project);
}

/** True when the actor's role files the year's records (a unit for its own projects). */
export function filesRecords(actor: Actor, project: ProjectScope): boolean {
  return actor.role === 'unit-filer' && canViewProject(actor, project);
}

/**
 * True when the actor may record actuals, monitoring and evidence now: the unit, for its own
 * project, once the targets are approved.
 */
export function canWriteActuals(actor: Actor, project: ProjectScope): boolean {
  return filesRecords(actor, project) && isSelfEvaluationOpen(project.state);
}

/** True for the reviewers of a project: its department and the finance bureau above it. */
export function reviewsProject(actor: Actor, project: ProjectScope): boolean {
  return (
    (actor.role === 'department-reviewer' || actor.role === 'finance-reviewer') &&
    canViewProject(actor, project)
  );
}

/** Whether the actor may review an update of actuals, and if not, why. */
export type ReviewDecision = 'allowed' | 'not-your-role' | 'own-update';

/** A reviewer may review an update of actuals, but nobody reviews their own (DESIGN, "Lessons"). */
export function canReviewActual(
  actor: Actor,
  project: ProjectScope,
  authorId: string | null,
): ReviewDecision {
  if (!reviewsProject(actor, project)) return 'not-your-role';
  return authorId !== null && authorId === actor.userId ? 'own-update' : 'allowed';
}

/** True when the actor may close a monitoring period of the project (its reviewers). */
export function canCloseMonitoring(actor: Actor, project: ProjectScope): boolean {
  return reviewsProject(actor, project);
}

/**
 * True when the actor may reopen a closed monitoring period: the finance bureau, or an
 * administrator opening an exception. Both are audited.
 */
export function canReopenMonitoring(actor: Actor, project: ProjectScope): boolean {
  return (
    (actor.role === 'finance-reviewer' || actor.role === 'admin') && canViewProject(actor, project)
  );
}

/** True when the actor may raise a rectification request (整改要求) on the project. */
export function canRequestRectification(actor: Actor, project: ProjectScope): boolean {
  return reviewsProject(actor, project);
}

/**
 * True when the actor's role takes this rectification step: the unit states measures and
 * results; reviewers return or close (closing is further kept to the requester).
 */
export function canStepRectification(
  actor: Actor,
  project: ProjectScope,
  action: RectificationAction,
): boolean {
  switch (action) {
    case 'submit-measures':
    case 'submit-result':
      return filesRecords(actor, project);
    case 'return':
    case 'close':
      return reviewsProject(actor, project);
  }
}
