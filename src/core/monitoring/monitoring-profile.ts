/**
 * A monitoring profile: when units report (checkpoints) and how progress turns into traffic
 * lights (双监控, 财预〔2019〕136号). Thresholds are data, as ordered rules: first match wins,
 * applied to the value after rounding.
 */

import type { Bilingual } from '../messages/message.js';
import type { TierId } from '../scoring/scoring-profile.js';
import type { UnitClass } from '../value/units.js';

/** A warning light. `none` when there is nothing to judge (no value reported). */
export type Light = 'green' | 'yellow' | 'red' | 'none';

/** One light rule: a value below `below` (or any value, when absent) gets `light`. */
export interface LightRule {
  readonly light: Exclude<Light, 'none'>;
  readonly below?: number;
}

/** 完成目标可能性 */
export type Likelihood = 'certain' | 'possible' | 'impossible';

/** 偏差原因 categories: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他. */
export type DeviationCategory = 'funding' | 'institutional' | 'staffing' | 'facilities' | 'other';

export const DEVIATION_CATEGORIES: readonly DeviationCategory[] = [
  'funding',
  'institutional',
  'staffing',
  'facilities',
  'other',
];

export const LIKELIHOODS: readonly Likelihood[] = ['certain', 'possible', 'impossible'];

export interface MonitoringProfile {
  readonly id: string;
  readonly name: Bilingual;
  readonly source?: string;
  /** Months elapsed at each checkpoint of the year: [7] for 1–7月, [3, 6, 9, 12] quarterly. */
  readonly checkpoints: readonly number[];
  /** Decimal places the compared values are rounded to before the light rules apply. */
  readonly places: number;
  /** On v = execution rate / time progress × 100: red below 60, yellow below 80, else green. */
  readonly budgetLights: readonly LightRule[];
  /** On current achievement / time progress × 100, for cumulative indicators only. */
  readonly progressLights: readonly LightRule[];
  /** On the expected achievement of the target at year end (全年预计完成值 / 指标值 × 100). */
  readonly expectedLights: readonly LightRule[];
  /** Units that accumulate over the year (counts, money): only these are held to time progress. */
  readonly cumulativeUnits: readonly UnitClass[];
  readonly tierLights: Readonly<Record<TierId, Exclude<Light, 'none'>>>;
  readonly likelihoodLights: Readonly<Record<Likelihood, Exclude<Light, 'none'>>>;
  /** A deviation between expected and target above this share needs a reason (0.2). */
  readonly deviationThreshold: number;
}
