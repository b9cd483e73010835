/** Who may see and shape the organisation tree. */

import { type Actor, childKindOf, inScope, type OrgKind } from './actor.js';

/** The facts about an organisation that decide access. */
export interface OrgFacts {
  readonly path: string;
  readonly kind: OrgKind;
}

/** True when the actor may see the organisation (its own subtree). */
export function canViewOrg(actor: Actor, org: OrgFacts): boolean {
  return inScope(actor, org.path);
}

/**
 * True when the actor may add an organisation of `kind` under `parent` (null: a new root,
 * which only a system administrator may create).
 */
export function canAddOrg(actor: Actor, parent: OrgFacts | null, kind: OrgKind): boolean {
  if (actor.role !== 'admin') return false;
  if (parent === null) return actor.orgPath === null && kind === 'finance';
  return inScope(actor, parent.path) && childKindOf(parent.kind).includes(kind);
}
