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
  /** Findings of the current version by category, a JSON object (`{"missing": 3}`). */
  finding_categories: string;
  /**
   * The self-evaluation score by the deployment's profile, recomputed in the transaction of
   * every write that changes it; all null until first computed (migration 0200).
   */
  score_total: number | null;
  /** A grade id of core/scoring (excellent, good, fair, poor). */
  score_grade: string | null;
  /** 1 when every applicable indicator could be scored, 0 when some could not. */
  score_complete: number | null;
  score_computed_at: string | null;
  /** The latest checkpoint filed (months elapsed) and its lights; null before any report. */
  monitoring_checkpoint: number | null;
  monitoring_budget_light: string | null;
  monitoring_green: number | null;
  monitoring_yellow: number | null;
  monitoring_red: number | null;
  monitoring_none: number | null;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}
