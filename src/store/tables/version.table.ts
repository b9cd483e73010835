/** Row of `target_versions`: one immutable saved state of a project's table. */
export interface TargetVersionTable {
  id: string;
  project_id: string;
  org_id: string;
  /** 1, 2, 3…; unique per project. */
  number: number;
  /** The table in the interchange format, as saved. */
  table_json: string;
  /** SHA-256 (hex) of `table_json`, for the audit entry and for spotting identical saves. */
  sha256: string;
  indicator_count: number;
  /** How the version came to be: import, edit, demo. */
  source: string;
  /** The imported file's name, or a note. */
  note: string | null;
  created_at: string;
  created_by: string | null;
  created_by_name: string;
}
