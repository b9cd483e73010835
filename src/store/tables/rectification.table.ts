/** Row of `rectifications`: one 整改 with every step taken, as core/monitoring keeps it. */
export interface RectificationTable {
  id: string;
  project_id: string;
  org_id: string;
  version: number;
  /** JSON array of indicator indexes; empty for the budget or the table as a whole. */
  indicators_json: string;
  category: string | null;
  due_date: string | null;
  /** requested | measures | result | closed */
  state: string;
  /** JSON array of steps ({ action, by, at, text }). */
  steps_json: string;
  /** Compared-and-set by every step, so two steps from the same state cannot both land. */
  step_count: number;
  /** Username of the reviewer who asked for it (the one who may close it). */
  requested_by: string;
  created_at: string;
  updated_at: string;
}
