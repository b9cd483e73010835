/**
 * Monitoring (双监控, 财预〔2019〕136号): `monitorTable(table, input, profile)` →
 * `MonitoringReport` with traffic lights, and 整改 (rectification) as a pure state machine.
 */

export * from './monitoring-profile.js';
export type * from './monitoring-report.js';
export type * from './rectification.js';
