/**
 * Keeping a project's stored summary current: after any write that changes what its score or
 * its monitoring lights follow from (actuals, weights, execution, their review, a survey's
 * count, a new table version, a monitoring report, a transition that opens or closes the
 * year's records), the score is computed again with core/scoring and the lights of the latest
 * filed checkpoint with core/monitoring, and both are written onto the project row in the same
 * transaction — so the list and the portfolio read them without opening a single project, and
 * never see them out of step with the records. A project has a score only while its
 * self-evaluation is open (approved or published): a draft's empty 0 is no result.
 */

import type { MonitoringProfile } from '../../core/monitoring/monitoring-profile.js';
import { NATIONAL_MONITORING } from '../../core/monitoring/profiles.js';
import type { Actor } from '../../core/policy/actor.js';
import { isSelfEvaluationOpen } from '../../core/policy/evidence.policy.js';
import { NATIONAL_PROFILE, type ScoringProfile, scoreTable } from '../../core/scoring/index.js';
import type { WriteTx } from '../../store/mutate.js';
import { lockProjectRecords } from '../../store/repositories/actual.repository.js';
import { latestFiledMonitoring } from '../../store/repositories/monitoring.repository.js';
import {
  type ProjectSummary,
  writeProjectSummary,
} from '../../store/repositories/project-summary.repository.js';
import { loadProjectRecords } from './merged-table.js';
import { placeFiled } from './monitoring-placement.js';
import { monitoringReportOf } from './monitoring-report.js';
import type { SelfEvaluationOptions } from './self-evaluation-settings.js';

/** The profiles the stored summary is computed by. */
export interface SummarySettings {
  readonly scoring: ScoringProfile;
  readonly monitoring: MonitoringProfile;
}

/** The deployment's profiles: national unless it names others. */
export function resolveSummarySettings(options: SelfEvaluationOptions = {}): SummarySettings {
  return {
    scoring: options.scoringProfile ?? NATIONAL_PROFILE,
    monitoring: options.monitoringProfile ?? NATIONAL_MONITORING,
  };
}

/**
 * Recomputes and stores the score and lights of a project inside `tx`, after the write that
 * changed them. The project's row is locked first, so the records read are the ones this
 * transaction commits with (a concurrent writer of the same project waits, then recomputes
 * from what this one wrote). `actor` is the one writing: it can see the project.
 */
export async function refreshProjectSummary(
  tx: WriteTx,
  actor: Actor,
  projectId: string,
  settings: SummarySettings,
): Promise<ProjectSummary> {
  await lockProjectRecords(tx, projectId);
  const records = await loadProjectRecords(tx.trx, actor, projectId);
  const report = isSelfEvaluationOpen(records.project.state)
    ? scoreTable(records.merged, settings.scoring, {
        executionReason: records.execution?.reason ?? null,
      })
    : null;
  const filed = await placeFiled(
    tx.trx,
    records.project,
    records.table,
    await latestFiledMonitoring(tx.trx, projectId),
  );
  const lights = filed
    ? monitoringReportOf(records.table, filed, filed.checkpoint, settings.monitoring)
    : null;
  const summary: ProjectSummary = {
    score: report && {
      total: report.total,
      grade: report.grade,
      complete: report.complete,
      computedAt: tx.now,
    },
    monitoring:
      filed && lights
        ? { checkpoint: filed.checkpoint, budgetLight: lights.budget.light, lights: lights.lights }
        : null,
  };
  await writeProjectSummary(tx, projectId, summary);
  return summary;
}
