/** Review findings, stored per version exactly as the review returned them. */

import type { Location } from '../../core/table/target-table.js';
import type { Queryable, WriteTx } from '../mutate.js';

/** A review finding in DESIGN.md's shape (core/review's `Finding` fits it). */
export interface StoredFinding {
  readonly rule: string;
  readonly category: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly indicators?: readonly number[];
  readonly at?: readonly Location[];
  readonly message: string;
  readonly messageEn: string;
  readonly suggestion?: string;
}

/** How many findings of each severity. */
export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Counts findings by severity. */
export function summarise(findings: readonly StoredFinding[]): FindingSummary {
  const count = (s: StoredFinding['severity']) => findings.filter((f) => f.severity === s).length;
  return { error: count('error'), warning: count('warning'), info: count('info') };
}

/** Rows per INSERT: well under both databases' limits on bound parameters. */
const CHUNK = 400;

/** Stores the findings of a version. */
export async function insertFindings(
  tx: WriteTx,
  target: { readonly versionId: string; readonly projectId: string; readonly orgId: string },
  findings: readonly StoredFinding[],
): Promise<void> {
  const rows = findings.map((f, position) => ({
    id: tx.newId(),
    version_id: target.versionId,
    project_id: target.projectId,
    org_id: target.orgId,
    position,
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    finding_json: JSON.stringify(f),
  }));
  for (let i = 0; i < rows.length; i += CHUNK)
    await tx.trx
      .insertInto('findings')
      .values(rows.slice(i, i + CHUNK))
      .execute();
}

/** The findings of one version, in the review's order. */
export async function listFindings(q: Queryable, versionId: string): Promise<StoredFinding[]> {
  const rows = await q
    .selectFrom('findings')
    .select('finding_json')
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map((r) => JSON.parse(r.finding_json) as StoredFinding);
}
