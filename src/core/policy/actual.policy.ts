/**
 * Reviewing and correcting actuals (实际完成值). DESIGN's lesson: actuals arrive as updates
 * with an author and a review; nobody approves their own update, and the author is kept when a
 * reviewer edits. So a reviewer's correction is an update of its own — entered by the
 * reviewer on behalf of the original author — and is reviewed like any other: not by the
 * reviewer who entered it, nor by the person it was entered for.
 */

import type { Actor } from './actor.js';
import { canReviewActual, type ReviewDecision, reviewsProject } from './evidence.policy.js';
import type { ProjectScope } from './project.policy.js';

/** Who an update belongs to: who entered it, and whom a correction was entered for. */
export interface UpdateAuthors {
  readonly authorId: string | null;
  /** The original author of a corrected value; null for an update that is not a correction. */
  readonly onBehalfOfId: string | null;
}

/** Whether the actor may review the update: a reviewer, and neither its author nor its subject. */
export function canReviewUpdate(
  actor: Actor,
  project: ProjectScope,
  authors: UpdateAuthors,
): ReviewDecision {
  const decision = canReviewActual(actor, project, authors.authorId);
  if (decision !== 'allowed') return decision;
  return authors.onBehalfOfId !== null && authors.onBehalfOfId === actor.userId
    ? 'own-update'
    : 'allowed';
}

/**
 * True when the actor's role corrects actuals of the project: its reviewers (the department
 * and the finance bureau above it). Whether the records are open is checked apart, so a
 * closed project can say why it is locked.
 */
export function canCorrectActual(actor: Actor, project: ProjectScope): boolean {
  return reviewsProject(actor, project);
}
