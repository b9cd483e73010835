/** Row of `projects`: a budget project of a unit, pointing at its current table version. */
export interface ProjectTable {
  id: string;
  /** The owning unit. */
  org_id: string;
  name: string;
  year: number | null;
  /** A workflow state (core/workflow). */
  state: string;
  /** Number of the current version: the ETag, compared-and-set by every save. */
  version: number;
  current_version_id: string;
  /** 项目总金额, an exact decimal string of yuan. */
  amount_total: string | null;
  indicator_count: number;
  /** Findings of the current version by severity, so a list needs no second query. */
  finding_errors: number;
  finding_warnings: number;
  finding_infos: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}
