/**
 * A scoring profile: every rule of the self-evaluation (绩效自评, 财预〔2020〕10号) that differs
 * between regions and years, held as data. Nothing in the scoring code is a constant of its own:
 * weights, formulas, thresholds, tiers, rounding and grades all come from here.
 */

import type { Level1 } from '../framework/taxonomy.js';
import type { Bilingual } from '../messages/message.js';

/** Stable ids of the grades; their labels (优/良/中/差) come from the message catalogue. */
export type GradeId = 'excellent' | 'good' | 'fair' | 'poor';

/** One grade boundary: a total at or above `min` gets `grade`. Ordered, first match wins. */
export interface GradeRule {
  readonly grade: GradeId;
  readonly min: number;
}

/** First-level categories that share one weight: one category, or a pool (四川 90 分). */
export interface WeightGroup {
  readonly level1: readonly Level1[];
  readonly weight: number;
}

/** Tiers of a qualitative indicator (达成 / 部分达成 / 未达成), as shares of its weight. */
export type TierId = 'met' | 'partial' | 'unmet';

export interface Tier {
  /** Lowest share of the weight inside the tier (0.8 for 达成). */
  readonly min: number;
  /** Highest share of the weight inside the tier (1 for 达成). */
  readonly max: number;
  /** Share given when no score was stated (达成 1, 部分达成 0.6, 未达成 0). */
  readonly default: number;
}

/**
 * How a lower-is-better indicator loses points once over its target:
 * `linear-to-double` w·(1−(a−t)/t) reaching 0 at twice the target; `ratio` w·t/a.
 */
export type NegativeFormula = 'linear-to-double' | 'ratio';

/**
 * A deadline target: `met-or-not` gives full marks on time and none late; `elapsed-days`
 * scores the days taken from the project start like a lower-is-better number.
 */
export type DeadlineRule = 'met-or-not' | 'elapsed-days';

/** Several measures in one cell: the mean of their achievements, or only the weakest counts. */
export type CompoundRule = 'mean' | 'min';

/**
 * A target so low that it was over-achieved by far (actual ≥ target × ratio):
 * `off` ignores it, `flag` reports it, `deduct` also takes `deduct` × weight off.
 */
export interface TooLowTargetRule {
  readonly mode: 'off' | 'flag' | 'deduct';
  readonly ratio: number;
  readonly deduct: number;
}

/** Rounding of scores; the raw value is always kept beside the rounded one. */
export interface Rounding {
  readonly method: 'half-up' | 'floor';
  readonly places: number;
  /** `each`: every part is rounded and the total is their sum; `total`: only the total. */
  readonly apply: 'each' | 'total';
}

export interface BudgetRule {
  /** 预算执行率 weight (10 nationally, 20 in 湖北). */
  readonly weight: number;
  /** Which amount is the base of the rate: 全年预算数 (调整后) or 年初预算数. */
  readonly base: 'budget' | 'initialBudget';
  /** A rate below this needs an explanation (0.9). */
  readonly explainBelow: number;
}

export interface ScoringProfile {
  readonly id: string;
  readonly name: Bilingual;
  /** Where the rules come from (a document number), shown in reports. */
  readonly source?: string;
  readonly budget: BudgetRule;
  /** Indicator weights by first-level category; with the budget weight they make the maximum. */
  readonly groups: readonly WeightGroup[];
  /** A group without applicable indicators: its weight goes to the others, or is lost. */
  readonly emptyGroup: 'rescale' | 'zero';
  readonly negativeFormula: NegativeFormula;
  readonly deadline: DeadlineRule;
  readonly compound: CompoundRule;
  readonly tooLowTarget: TooLowTargetRule;
  readonly tiers: Readonly<Record<TierId, Tier>>;
  /** An indicator below full marks needs a 偏差原因 (deviation reason). */
  readonly reasonBelowFull: boolean;
  readonly rounding: Rounding;
  /** Ordered grade rules, highest first; the last should have min 0. */
  readonly grades: readonly GradeRule[];
  /** A stated score this far from the computed one still agrees (rounding in the source). */
  readonly auditTolerance: number;
}
