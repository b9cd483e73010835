/** Row of `comments`: a review opinion (审核意见) on a project or one of its indicators. */
export interface CommentTable {
  id: string;
  project_id: string;
  org_id: string;
  /** The version the comment was written against. */
  version: number;
  /** Index into the indicators of that version; null for the table as a whole. */
  indicator_index: number | null;
  /** The indicator's name then, so the comment still finds it after rows move. */
  indicator_name: string | null;
  /** review | transition */
  kind: string;
  /** For transition comments: the action taken (return, approve…). */
  action: string | null;
  body: string;
  author_id: string | null;
  author_name: string;
  author_role: string | null;
  created_at: string;
}
