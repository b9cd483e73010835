/**
 * Monitoring (双监控, 财预〔2019〕136号): `monitorTable(table, input, profile)` →
 * `MonitoringReport` with traffic lights, and 整改 (rectification) as a pure state machine.
 */

export { achievementPercent, deviationOf } from './achievement.js';
export { lightOf, worstLight } from './lights.js';
export { monitorTable } from './monitor-table.js';
export { type MonitoringInputResult, parseMonitoringInput } from './monitoring-input.schema.js';
export * from './monitoring-profile.js';
export {
  type MonitoringProfileResult,
  parseMonitoringProfile,
} from './monitoring-profile.schema.js';
export type * from './monitoring-report.js';
export {
  checkpointPeriods,
  HALF_YEAR_MONITORING,
  MONITORING_PROFILES,
  MONTHLY_MONITORING,
  NATIONAL_MONITORING,
  QUARTERLY_MONITORING,
} from './profiles.js';
export * from './rectification.js';
