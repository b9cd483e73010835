/** Built-in monitoring profiles, as data (财预〔2019〕136号 and common local practice). */

import type { Bilingual } from '../messages/message.js';
import { periodName } from '../messages/monitoring-messages.js';
import type { LightRule, MonitoringProfile } from './monitoring-profile.js';

/** red below 60, yellow below 80, green from 80 (DOMAIN: "Monitoring warnings"). */
const PROGRESS_LIGHTS: readonly LightRule[] = [
  { light: 'red', below: 60 },
  { light: 'yellow', below: 80 },
  { light: 'green' },
];

const COMMON = {
  places: 2,
  budgetLights: PROGRESS_LIGHTS,
  progressLights: PROGRESS_LIGHTS,
  // Expected to miss the target: yellow; to miss it by more than the 20% deviation: red.
  expectedLights: [
    { light: 'red', below: 80 },
    { light: 'yellow', below: 100 },
    { light: 'green' },
  ],
  cumulativeUnits: ['count', 'money', 'size'],
  tierLights: { met: 'green', partial: 'yellow', unmet: 'red' },
  likelihoodLights: { certain: 'green', possible: 'yellow', impossible: 'red' },
  deviationThreshold: 0.2,
} as const satisfies Partial<MonitoringProfile>;

/** 1–7月, the national checkpoint of 双监控. */
export const NATIONAL_MONITORING: MonitoringProfile = {
  ...COMMON,
  id: 'national',
  name: { zh: '全国默认（1–7月）', en: 'National default (January–July)' },
  source: '财预〔2019〕136号',
  checkpoints: [7],
};

/** 1–6月, as some regions report at the half year. */
export const HALF_YEAR_MONITORING: MonitoringProfile = {
  ...COMMON,
  id: 'half-year',
  name: { zh: '半年（1–6月）', en: 'Half year (January–June)' },
  checkpoints: [6],
};

export const QUARTERLY_MONITORING: MonitoringProfile = {
  ...COMMON,
  id: 'quarterly',
  name: { zh: '按季度', en: 'Quarterly' },
  checkpoints: [3, 6, 9, 12],
};

export const MONTHLY_MONITORING: MonitoringProfile = {
  ...COMMON,
  id: 'monthly',
  name: { zh: '按月', en: 'Monthly' },
  checkpoints: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
};

/** Built-in monitoring profiles by id. */
export const MONITORING_PROFILES: Readonly<Record<string, MonitoringProfile>> = {
  national: NATIONAL_MONITORING,
  'half-year': HALF_YEAR_MONITORING,
  quarterly: QUARTERLY_MONITORING,
  monthly: MONTHLY_MONITORING,
};

/**
 * The checkpoints of a profile with their periods, for pickers and reports.
 * @example checkpointPeriods(QUARTERLY_MONITORING)[0] // { month: 3, period: { zh: '1–3月', … } }
 */
export function checkpointPeriods(
  profile: MonitoringProfile,
): Array<{ readonly month: number; readonly period: Bilingual }> {
  return profile.checkpoints.map((month) => ({ month, period: periodName(month) }));
}
