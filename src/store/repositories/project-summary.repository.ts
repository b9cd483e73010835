/**
 * The summary a project row carries so that lists and the portfolio never open a project one by
 * one: the self-evaluation score, the lights of the latest filed monitoring checkpoint, and the
 * current version's findings by category. Score and lights are computed by the server (core/
 * scoring and core/monitoring) and written here in the transaction of the write that changed
 * them; the categories are counted when a version is stored.
 */

import type { Selectable } from 'kysely';
import type { Light } from '../../core/monitoring/monitoring-profile.js';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import type { WriteTx } from '../mutate.js';
import type { ProjectTable } from '../tables/project.table.js';

/** The stored self-evaluation score of a project. */
export interface ScoreSummary {
  /** 总分, rounded by the profile. */
  readonly total: number;
  readonly grade: GradeId;
  /** False when some applicable indicator could not be scored: the grade is not a real one. */
  readonly complete: boolean;
  readonly computedAt: string;
}

/** The lights of the latest checkpoint a unit filed. */
export interface MonitoringSummary {
  /** Months elapsed at the checkpoint: 7 for 1–7月. */
  readonly checkpoint: number;
  readonly budgetLight: Light;
  /** Indicators by light; `none` counts the indicators nothing was reported for. */
  readonly lights: Readonly<Record<Light, number>>;
}

/** What a recomputation writes. */
export interface ProjectSummary {
  /** Null while the project has no self-evaluation (before approval, or reopened). */
  readonly score: ScoreSummary | null;
  readonly monitoring: MonitoringSummary | null;
}

/** Findings by category, keys in order (`{"missing": 3, "source": 1}`). */
export type CategoryCounts = Readonly<Record<string, number>>;

type SummaryRow = Pick<
  Selectable<ProjectTable>,
  | 'finding_categories'
  | 'score_total'
  | 'score_grade'
  | 'score_complete'
  | 'score_computed_at'
  | 'monitoring_checkpoint'
  | 'monitoring_budget_light'
  | 'monitoring_green'
  | 'monitoring_yellow'
  | 'monitoring_red'
  | 'monitoring_none'
>;

/** The score of a project row, or null before it was first computed. */
export function scoreOfRow(row: SummaryRow): ScoreSummary | null {
  if (row.score_total === null || row.score_grade === null || row.score_computed_at === null)
    return null;
  return {
    total: Number(row.score_total),
    grade: row.score_grade as GradeId,
    complete: Number(row.score_complete) === 1,
    computedAt: row.score_computed_at,
  };
}

/** The monitoring lights of a project row, or null when no checkpoint was filed. */
export function monitoringOfRow(row: SummaryRow): MonitoringSummary | null {
  if (row.monitoring_checkpoint === null || row.monitoring_budget_light === null) return null;
  return {
    checkpoint: Number(row.monitoring_checkpoint),
    budgetLight: row.monitoring_budget_light as Light,
    lights: {
      green: Number(row.monitoring_green ?? 0),
      yellow: Number(row.monitoring_yellow ?? 0),
      red: Number(row.monitoring_red ?? 0),
      none: Number(row.monitoring_none ?? 0),
    },
  };
}

/** The findings by category of a project row. */
export function categoriesOfRow(row: SummaryRow): CategoryCounts {
  return JSON.parse(row.finding_categories) as CategoryCounts;
}

/** Counts findings by category, keys in order so equal counts are equal text. */
export function countCategories(
  findings: readonly { readonly category: string }[],
): CategoryCounts {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.category] = (counts[f.category] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * Writes a recomputed score and lights onto the project row. Neither the version (the table's
 * ETag) nor `updated_at` moves: the table did not change, only what follows from the records.
 */
export async function writeProjectSummary(
  tx: WriteTx,
  projectId: string,
  summary: ProjectSummary,
): Promise<void> {
  const { score, monitoring } = summary;
  await tx.trx
    .updateTable('projects')
    .set({
      score_total: score?.total ?? null,
      score_grade: score?.grade ?? null,
      score_complete: score === null ? null : score.complete ? 1 : 0,
      score_computed_at: score?.computedAt ?? null,
      monitoring_checkpoint: monitoring?.checkpoint ?? null,
      monitoring_budget_light: monitoring?.budgetLight ?? null,
      monitoring_green: monitoring?.lights.green ?? null,
      monitoring_yellow: monitoring?.lights.yellow ?? null,
      monitoring_red: monitoring?.lights.red ?? null,
      monitoring_none: monitoring?.lights.none ?? null,
    })
    .where('id', '=', projectId)
    .execute();
}
