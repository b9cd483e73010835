/** Small helpers every command shares. */

import type { Actor } from '../../core/policy/actor.js';
import { canViewProject } from '../../core/policy/project.policy.js';
import type { AuditActor, Queryable } from '../../store/mutate.js';
import { findProject, type ProjectRecord } from '../../store/repositories/project.repository.js';
import { notFound } from '../errors.js';

/** The audit log's name for a user acting. */
export function auditActor(actor: Actor): AuditActor {
  return { id: actor.userId, name: actor.username };
}

/**
 * Loads a project the actor may see, or fails with 404 — the same answer whether it does not
 * exist or lies outside the actor's scope, so nothing leaks.
 */
export async function loadVisibleProject(
  q: Queryable,
  actor: Actor,
  id: string,
): Promise<ProjectRecord> {
  const project = await findProject(q, id);
  if (!project || !canViewProject(actor, project)) throw notFound('project');
  return project;
}
