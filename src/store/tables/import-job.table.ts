/**
 * Row of `import_jobs`: an import running in the background. Written directly (bookkeeping,
 * like sessions); what the import stores is audited with it.
 */
export interface ImportJobTable {
  id: string;
  /** The unit the tables go to. */
  org_id: string;
  created_by: string | null;
  created_by_name: string;
  file_name: string;
  /** Bytes uploaded. */
  size: number;
  /** queued | reading | reviewing | storing | done | failed */
  state: string;
  /** 0–1. */
  progress: number;
  /** Once done: what was stored (JSON). */
  result_json: string | null;
  /** Once failed: the error as the API sends it (JSON). */
  error_json: string | null;
  created_at: string;
  updated_at: string;
}
