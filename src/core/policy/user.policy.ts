/** Who may see and manage user accounts. */

import type { Actor, OrgKind, Role } from './actor.js';
import { inScope } from './actor.js';

/** The facts about a user's organisation that decide access. */
export interface UserOrgFacts {
  readonly path: string;
  readonly kind: OrgKind;
}

/** True when the actor may list the users of an organisation. */
export function canViewUsers(actor: Actor, org: UserOrgFacts): boolean {
  return actor.role === 'admin' && inScope(actor, org.path);
}

/** The roles that fit an organisation kind: a unit files, a department reviews, and so on. */
export function rolesForOrgKind(kind: OrgKind): readonly Role[] {
  switch (kind) {
    case 'finance':
      return ['admin', 'finance-reviewer', 'evaluator'];
    case 'department':
      return ['admin', 'department-reviewer'];
    case 'unit':
      return ['unit-filer'];
  }
}

/** True when the actor may create (or re-role) a user with `role` in the organisation. */
export function canManageUser(actor: Actor, org: UserOrgFacts, role: Role): boolean {
  return (
    actor.role === 'admin' && inScope(actor, org.path) && rolesForOrgKind(org.kind).includes(role)
  );
}
