/**
 * Row of `project_assignments`: an evaluator (第三方评价机构) assigned to a project — either one
 * evaluator account or an evaluating organisation, whose evaluators all see the project.
 */
export interface ProjectAssignmentTable {
  id: string;
  project_id: string;
  /** The project's organisation (tenant key). */
  org_id: string;
  /** Set for an account; null for an organisation. */
  evaluator_user_id: string | null;
  /** Set for an organisation; null for an account. */
  evaluator_org_id: string | null;
  created_by_name: string;
  created_at: string;
}

/** Row of `project_evaluations`: the third-party evaluation of a project (one, replaced in place). */
export interface ProjectEvaluationTable {
  project_id: string;
  org_id: string;
  /** 0–100. */
  score: number;
  /** excellent | good | fair | poor (优 良 中 差) */
  grade: string;
  /** The evaluator's opinion (评价意见). */
  opinion: string;
  evaluator_id: string | null;
  evaluator_name: string;
  evaluator_org_name: string | null;
  created_at: string;
  updated_at: string;
}
