/**
 * Who is asking: a signed-in user with a role and a place in the organisation tree. Scope is a
 * subtree: an organisation path ("/财政局/科协/") covers every organisation whose path starts
 * with it.
 */

/** The roles of DESIGN.md, one per user. */
export const ROLES = [
  'admin',
  'finance-reviewer',
  'department-reviewer',
  'unit-filer',
  'evaluator',
] as const;

/** 管理员 · 财政部门 · 主管部门审核人 · 预算单位填报人 · 第三方机构 */
export type Role = (typeof ROLES)[number];

/** The kinds of organisation, from the root of a tree down. */
export const ORG_KINDS = ['finance', 'department', 'unit'] as const;

/** 财政部门 · 主管部门 · 预算单位 */
export type OrgKind = (typeof ORG_KINDS)[number];

/** A signed-in user as the policies see them. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: Role;
  /** Null only for a system administrator, who stands above every tree. */
  readonly orgId: string | null;
  /** Path of ids from the root, "/a/b/": the subtree this actor may see. Null: everything. */
  readonly orgPath: string | null;
  /**
   * An evaluator's assigned projects (to the account or to an organisation it belongs to),
   * loaded with the caller: evaluators see these and nothing else. Absent for other roles.
   */
  readonly assignedProjects?: ReadonlySet<string>;
}

/** True when an organisation path lies inside the actor's subtree. */
export function inScope(actor: Actor, orgPath: string): boolean {
  return actor.orgPath === null || orgPath.startsWith(actor.orgPath);
}

/**
 * The path of a child organisation: its parent's path and its own id.
 * @example childPath('/f/', 'd') // '/f/d/'
 */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** The kind a child of an organisation of `parent` kind must have (null: none may be added). */
export function childKindOf(parent: OrgKind | null): readonly OrgKind[] {
  switch (parent) {
    case null:
      return ['finance'];
    case 'finance':
      // Every unit has a supervising department: the workflow's first review step is theirs.
      // A department's own spending (本级) is a unit under it, as in the seed.
      return ['department'];
    case 'department':
      return ['unit'];
    case 'unit':
      return [];
  }
}
