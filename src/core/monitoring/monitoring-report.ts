/**
 * What a unit reports at a monitoring checkpoint (the input), and the lights and findings that
 * follow (the report). Plain JSON-serialisable data, persisted by the server as it is.
 */

import type { Bilingual } from '../messages/message.js';
import type { Yuan } from '../money/money.js';
import type { Location } from '../table/target-table.js';
import type { TargetValue } from '../value/target-value.js';
import type { DeviationCategory, Light, Likelihood } from './monitoring-profile.js';

/** 偏差原因: a category and the unit's words. */
export interface DeviationReason {
  readonly category: DeviationCategory | null;
  readonly text: string | null;
}

/** One indicator's line of a monitoring report, as the unit fills it. */
export interface MonitoringEntry {
  /** Index into `table.indicators`. */
  readonly index: number;
  /** 当前完成值 (1–7月执行情况) */
  readonly current: TargetValue | null;
  /** 全年预计完成值 */
  readonly expected: TargetValue | null;
  readonly deviation: DeviationReason | null;
  /** 完成目标可能性 */
  readonly likelihood: Likelihood | null;
}

/** Budget execution so far: the year's budget and what was spent by the checkpoint. */
export interface ExecutionSoFar {
  /** 全年预算数; the table's 本年度项目金额 when absent. */
  readonly budget: Yuan | null;
  readonly spent: Yuan | null;
}

export interface MonitoringInput {
  /** Months elapsed at the checkpoint: 7 for 1–7月. */
  readonly month: number;
  readonly execution: ExecutionSoFar | null;
  readonly entries: readonly MonitoringEntry[];
}

/** What one signal said about an indicator, and why. */
export interface LightSignal {
  readonly kind: 'expected' | 'progress' | 'tier' | 'likelihood';
  /** The compared value after rounding (a percentage), when the signal is numeric. */
  readonly value: number | null;
  readonly light: Exclude<Light, 'none'>;
}

export interface IndicatorMonitoring {
  readonly index: number;
  readonly name: string;
  readonly target: string;
  readonly current: string | null;
  readonly expected: string | null;
  /** Current value as a percentage of the target, direction-aware (100 = target reached). */
  readonly currentPercent: number | null;
  /** Expected year-end value as a percentage of the target, direction-aware. */
  readonly expectedPercent: number | null;
  /** |expected − target| / target, when both are numbers. */
  readonly deviation: number | null;
  readonly deviationReason: DeviationReason | null;
  readonly likelihood: Likelihood | null;
  /** The worst of the signals; `none` when nothing was reported. */
  readonly light: Light;
  readonly signals: readonly LightSignal[];
  readonly explain: Bilingual;
  readonly at: Location;
}

export interface BudgetMonitoring {
  readonly budget: Yuan | null;
  readonly spent: Yuan | null;
  /** 执行率 so far as a share. */
  readonly rate: number | null;
  /** v = rate / time progress × 100, rounded by the profile. */
  readonly v: number | null;
  readonly light: Light;
  readonly explain: Bilingual;
}

/** A finding of monitoring, in the findings contract of DESIGN.md. */
export interface MonitoringFinding {
  readonly rule: MonitoringFindingRule;
  readonly category: 'missing' | 'unmeasurable' | 'inconsistent' | 'format';
  readonly severity: 'error' | 'warning' | 'info';
  readonly indicators?: readonly number[];
  readonly at?: readonly Location[];
  readonly message: string;
  readonly messageEn: string;
}

export type MonitoringFindingRule =
  | 'checkpoint-unknown'
  | 'entry-unknown-indicator'
  | 'entry-missing'
  | 'value-not-a-number'
  | 'deviation-reason-missing'
  | 'execution-missing';

export interface MonitoringReport {
  readonly profile: string;
  readonly month: number;
  /** 1–7月 */
  readonly period: Bilingual;
  /** 序时进度 = months elapsed / 12 */
  readonly timeProgress: number;
  readonly budget: BudgetMonitoring;
  readonly indicators: readonly IndicatorMonitoring[];
  readonly lights: Readonly<Record<Light, number>>;
  readonly findings: readonly MonitoringFinding[];
}
