/**
 * Row of `monitoring_reports`: what a unit filed at a checkpoint (双监控). Each save is a new
 * row (`number` 1, 2, 3… per checkpoint); the highest is current.
 */
export interface MonitoringReportTable {
  id: string;
  project_id: string;
  org_id: string;
  /** Months elapsed: 7 for 1–7月. */
  checkpoint: number;
  number: number;
  version: number;
  /** The input as filed (values as written), re-read by core/monitoring on every view. */
  input_json: string;
  author_id: string | null;
  author_name: string;
  created_at: string;
}

/** Row of `monitoring_periods`: whether a checkpoint is closed, and why. No row: open. */
export interface MonitoringPeriodTable {
  project_id: string;
  checkpoint: number;
  org_id: string;
  /** open | closed */
  state: string;
  reason: string | null;
  changed_by_name: string;
  changed_at: string;
}
