/**
 * Third-party evaluation (第三方评价): the finance bureau, or an administrator, assigns
 * evaluators to the projects it oversees — one evaluator account, or an evaluating organisation
 * with every evaluator in it — and an assigned evaluator records its evaluation once the
 * targets are approved. Evaluators see nothing else (project.policy's `canViewProject`).
 */

import { type Actor, inScope, type OrgKind, type Role } from './actor.js';
import { isSelfEvaluationOpen } from './evidence.policy.js';
import { canViewProject, type ProjectScope } from './project.policy.js';
import { rolesForOrgKind } from './user.policy.js';

/** True when the actor may assign evaluators to the project, or remove them. */
export function canAssignEvaluators(actor: Actor, project: ProjectScope): boolean {
  return (
    (actor.role === 'finance-reviewer' || actor.role === 'admin') && canViewProject(actor, project)
  );
}

/** Who is being assigned, as the policy needs to know them. */
export type AssigneeFacts =
  | { readonly kind: 'user'; readonly role: Role; readonly orgPath: string | null }
  | { readonly kind: 'org'; readonly orgKind: OrgKind; readonly orgPath: string };

/** Whether an assignee fits, and if not, why. */
export type AssigneeDecision = 'allowed' | 'out-of-scope' | 'not-evaluator';

/**
 * An assigner names an evaluator it can see (inside its subtree; a system administrator sees
 * every tree, so it can assign an agency kept in a tree of its own): an account with the
 * evaluator role, or an organisation where evaluators hold accounts.
 */
export function canAssign(actor: Actor, assignee: AssigneeFacts): AssigneeDecision {
  if (assignee.orgPath === null || !inScope(actor, assignee.orgPath)) return 'out-of-scope';
  const fits =
    assignee.kind === 'user'
      ? assignee.role === 'evaluator'
      : rolesForOrgKind(assignee.orgKind).includes('evaluator');
  return fits ? 'allowed' : 'not-evaluator';
}

/** True when the actor may record the project's third-party evaluation: an assigned evaluator, once approved. */
export function canEvaluate(actor: Actor, project: ProjectScope): boolean {
  return (
    actor.role === 'evaluator' &&
    canViewProject(actor, project) &&
    isSelfEvaluationOpen(project.state)
  );
}

/**
 * The organisations an actor belongs to for assignments: its own and every one above it, read
 * from its path — an organisation assigned covers every evaluator in its subtree.
 * @example memberOrgIds('/f/agency/') // ['f', 'agency']
 */
export function memberOrgIds(orgPath: string | null): string[] {
  return orgPath === null ? [] : orgPath.split('/').filter((id) => id !== '');
}
