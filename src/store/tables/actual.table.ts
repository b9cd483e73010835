/**
 * Row of `actual_updates`: one update of one indicator's 实际完成值 (with 分值, 得分 and
 * 偏差原因). Updates are appended, never overwritten: the latest by `seq` is the current value,
 * and every earlier one stays with its author and time. Only the review columns change later.
 */
export interface ActualUpdateTable {
  id: string;
  project_id: string;
  org_id: string;
  /** 1, 2, 3… per project, in the order updates were made (clocks may tie; this never does). */
  seq: number;
  /** The project version whose indicators `indicator_index` counts. */
  version: number;
  indicator_index: number;
  /** The indicator's name then, so the update still finds it after rows move. */
  indicator_name: string;
  /** As written; null means "no value", which is not 0. */
  actual_raw: string | null;
  /** 分值 set by the unit; null: shared out by the scoring profile. */
  weight: number | null;
  /** 得分 stated by the unit (a qualitative indicator's score inside its tier); null: computed. */
  score: number | null;
  deviation_reason: string | null;
  /** For a rate counted from answers (183 of 200): kept, never only the percentage. */
  numerator: number | null;
  denominator: number | null;
  /** entry (typed in) | survey (counted from a satisfaction survey) */
  source: string;
  /** The survey's id when `source` is survey. */
  source_id: string | null;
  author_id: string | null;
  author_name: string;
  author_role: string | null;
  created_at: string;
  /** pending | approved | rejected */
  review_state: string;
  reviewed_by: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  review_comment: string | null;
  /** A reviewer's correction: the original author it was entered for (their user id). */
  on_behalf_of: string | null;
  on_behalf_of_name: string | null;
  /** The update this one corrects; null for an update that is not a correction. */
  corrected_from: string | null;
  /** Why the reviewer corrected the value. */
  correction_reason: string | null;
}

/** Row of `execution_updates`: 年初预算数 / 全年预算数 / 全年执行数 as exact yuan strings. */
export interface ExecutionUpdateTable {
  id: string;
  project_id: string;
  org_id: string;
  seq: number;
  initial_budget: string | null;
  budget: string | null;
  spent: string | null;
  /** Why execution is low (required below the profile's threshold, e.g. 90%). */
  reason: string | null;
  author_id: string | null;
  author_name: string;
  created_at: string;
}
