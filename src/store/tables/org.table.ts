/** Row of `orgs`: one organisation of the tree (财政局 → 主管部门 → 预算单位). */
export interface OrgTable {
  id: string;
  parent_id: string | null;
  /** finance | department | unit */
  kind: string;
  name: string;
  /** Ids from the root, "/root/dept/unit/": a subtree is one `LIKE 'path%'`. */
  path: string;
  created_at: string;
}
