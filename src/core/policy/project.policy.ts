/**
 * Who may see and change a project's target table. The server answers 404 (never 403) when
 * `canViewProject` is false, so a caller never learns that a project outside its scope exists.
 */

import { isEditable, PROJECT_STATES, type ProjectState } from '../workflow/states.js';
import { type Actor, inScope, type OrgKind, type Role } from './actor.js';

/** The facts about a project that decide access. */
export interface ProjectScope {
  /** Needed to match an evaluator's assignments; a scope without one is never assigned. */
  readonly id?: string;
  readonly orgId: string;
  /** Path of the owning unit in the organisation tree. */
  readonly orgPath: string;
  readonly state: ProjectState;
}

/** The facts about an organisation that decide where a project may be created. */
export interface OrgScope {
  readonly id: string;
  readonly path: string;
  readonly kind: OrgKind;
}

/** Everyone, signed in or not, may read a published table (公开). */
export function isPublic(project: ProjectScope): boolean {
  return project.state === 'published';
}

/**
 * The states of the projects in its subtree a role may see: a unit its own in every state; a
 * department reviewer its units' tables once submitted (a draft is the unit's work in
 * progress); the finance bureau and administrators everything; an evaluator approved and
 * published tables of the projects assigned to it. Stores turn this into a filter, so lists
 * and single reads agree.
 */
export function visibleStates(role: Role): readonly ProjectState[] {
  switch (role) {
    case 'admin':
    case 'finance-reviewer':
    case 'unit-filer':
      return PROJECT_STATES;
    case 'department-reviewer':
      return PROJECT_STATES.filter((s) => s !== 'draft');
    case 'evaluator':
      return ['approved', 'published'];
  }
}

/**
 * True when the actor may see the project at all: inside its subtree, in a visible state. An
 * evaluator (第三方评价机构) instead sees exactly the projects assigned to it, wherever they
 * are: an agency may sit outside the bureau's tree, and the assignment is the grant.
 */
export function canViewProject(actor: Actor, project: ProjectScope): boolean {
  if (!visibleStates(actor.role).includes(project.state)) return false;
  if (actor.role === 'evaluator')
    return project.id !== undefined && (actor.assignedProjects?.has(project.id) ?? false);
  return inScope(actor, project.orgPath);
}

/** True when the actor may save a new version of the table now (the unit, before review). */
export function canEditTable(actor: Actor, project: ProjectScope): boolean {
  return actor.role === 'unit-filer' && canViewProject(actor, project) && isEditable(project.state);
}

/** True when the actor may write review comments (审核意见) or replies on the project. */
export function canCommentProject(actor: Actor, project: ProjectScope): boolean {
  if (!canViewProject(actor, project)) return false;
  return (
    actor.role === 'department-reviewer' ||
    actor.role === 'finance-reviewer' ||
    actor.role === 'unit-filer'
  );
}

/** True when the actor may create a project (an import) in the organisation `org`. */
export function canCreateProjectIn(actor: Actor, org: OrgScope): boolean {
  if (org.kind !== 'unit' || !inScope(actor, org.path)) return false;
  return actor.role === 'unit-filer' || actor.role === 'admin';
}
