/**
 * Row of `evidence_files`: one 佐证材料 attached to an indicator. The bytes live on disk,
 * content-addressed by `sha256` (see evidence-files.ts); a deleted file keeps its row, marked.
 */
export interface EvidenceFileTable {
  id: string;
  project_id: string;
  org_id: string;
  /** The project version whose indicators `indicator_index` counts. */
  version: number;
  indicator_index: number;
  indicator_name: string;
  /** Sanitised: no path parts or control characters; Chinese kept. */
  file_name: string;
  /** From the bytes, never from the name or the client. */
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_by_name: string;
  created_at: string;
  deleted_at: string | null;
  deleted_by_name: string | null;
}
