/** The organisation list as a tree (财政局 → 主管部门 → 预算单位) for pickers and the admin page. */
import type { Org } from '../api/types.js';

export interface OrgNode {
  readonly title: string;
  readonly value: string;
  readonly key: string;
  readonly org: Org;
  readonly children: OrgNode[];
}

/** Builds the tree; organisations whose parent is not visible become roots. */
export function orgTree(orgs: readonly Org[]): OrgNode[] {
  const nodes = new Map<string, OrgNode>();
  for (const org of orgs)
    nodes.set(org.id, { title: org.name, value: org.id, key: org.id, org, children: [] });
  const roots: OrgNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId ? nodes.get(node.org.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const sort = (list: OrgNode[]) => {
    list.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}
