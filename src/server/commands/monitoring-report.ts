/**
 * What a filed monitoring report says now: the stored input (values as written) read again and
 * judged against the project's current table by core/monitoring. The checkpoint view and the
 * stored project summary read it through this one function, so they always agree.
 */

import { monitorTable } from '../../core/monitoring/monitor-table.js';
import { parseMonitoringInput } from '../../core/monitoring/monitoring-input.schema.js';
import type { MonitoringProfile } from '../../core/monitoring/monitoring-profile.js';
import type { MonitoringInput, MonitoringReport } from '../../core/monitoring/monitoring-report.js';
import type { TargetTable } from '../../core/table/target-table.js';
import type { FiledMonitoring } from '../../store/repositories/monitoring.repository.js';

/** Reads stored input back as core/monitoring's input (it was valid when filed). */
function inputOf(filed: FiledMonitoring | undefined, month: number, year: number | null) {
  const empty: MonitoringInput = { month, execution: null, entries: [] };
  if (!filed) return empty;
  const parsed = parseMonitoringInput({ ...(filed.input as object), month }, year);
  return parsed.ok ? parsed.input : empty;
}

/** The lights and findings of what was filed at a checkpoint (nothing filed: all `none`). */
export function monitoringReportOf(
  table: TargetTable,
  filed: FiledMonitoring | undefined,
  month: number,
  profile: MonitoringProfile,
): MonitoringReport {
  return monitorTable(table, inputOf(filed, month, table.project.year), profile);
}
