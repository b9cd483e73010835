/** Row of `findings`: one review finding of one version. */
export interface FindingTable {
  id: string;
  version_id: string;
  project_id: string;
  org_id: string;
  /** Order in the review's output. */
  position: number;
  rule: string;
  category: string;
  severity: string;
  /** The whole finding as the review returned it (DESIGN.md's shape). */
  finding_json: string;
}
