/**
 * What scoring a table returns: every score with the rule that gave it and an explanation in
 * Chinese and English, the grade, findings, and (for a published self-evaluation) the audit of
 * the scores the source states. Plain JSON-serialisable data.
 */

import type { Level1, Level2 } from '../framework/taxonomy.js';
import type { Bilingual } from '../messages/message.js';
import type { Yuan } from '../money/money.js';
import type { Location } from '../table/target-table.js';
import type { Direction } from '../value/target-value.js';
import type { GradeId, TierId } from './scoring-profile.js';

/** Which rule scored an indicator. */
export type ScoreRuleId =
  | 'positive' // higher is better: a ≥ t → w, else w·a/t
  | 'exact' // = with t > 0 scores as positive; t = 0: full only when a ≤ 0
  | 'negative' // lower is better, by the profile's formula
  | 'range' // between min and max
  | 'deadline' // a date target
  | 'boolean' // 是 / 否
  | 'compound' // several measures in one cell
  | 'qualitative' // by tier: 达成 / 部分达成 / 未达成
  | 'not-applicable' // dropped, the rest rescaled
  | 'unscorable'; // something is missing or cannot be compared: 0 with a finding

/** Where an indicator's weight came from. */
export type WeightSource = 'given' | 'equal' | 'rescaled';

/** Numerator and denominator of a percentage that came from counts (183 of 200). */
export interface Counts {
  readonly numerator: number;
  readonly denominator: number;
}

export interface IndicatorScore {
  /** Index into `table.indicators`. */
  readonly index: number;
  readonly name: string;
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
  /** Effective weight (分值) after rescaling, rounded to two places for display. */
  readonly weight: number;
  readonly weightRaw: number;
  readonly weightSource: WeightSource;
  /** 得分, rounded by the profile. */
  readonly score: number;
  readonly scoreRaw: number;
  readonly rule: ScoreRuleId;
  /** The arithmetic, e.g. "5 × 80 / 100". Empty when no arithmetic was done. */
  readonly formula: string;
  readonly explain: Bilingual;
  readonly direction: Direction | null;
  /** The numbers compared, in the target's unit (a date as days since the project start). */
  readonly target: number | null;
  readonly actual: number | null;
  readonly counts?: Counts;
  /** Share of the weight earned before rounding (0..1). */
  readonly achievement: number | null;
  readonly tier?: TierId;
  /** The score the source states (得分), when it states one. */
  readonly stated: number | null;
  readonly at: Location;
}

export interface BudgetScore {
  readonly weight: number;
  readonly score: number;
  readonly scoreRaw: number;
  /** 执行率 as a share (0.95), null when it cannot be computed. */
  readonly rate: number | null;
  readonly base: 'budget' | 'initialBudget';
  readonly initialBudget: Yuan | null;
  readonly budget: Yuan | null;
  readonly spent: Yuan | null;
  readonly formula: string;
  readonly explain: Bilingual;
}

/** A first-level weight and what its indicators earned. */
export interface GroupScore {
  readonly level1: readonly Level1[];
  readonly label: Bilingual;
  /** The profile's weight, and the weight after empty groups were rescaled. */
  readonly weight: number;
  readonly weightRaw: number;
  readonly score: number;
  readonly scoreRaw: number;
  readonly indicators: readonly number[];
}

/** A finding of scoring, in the findings contract of DESIGN.md. */
export interface ScoreFinding {
  readonly rule: ScoreFindingRule;
  readonly category: 'missing' | 'unmeasurable' | 'unit-mismatch' | 'inconsistent' | 'format';
  readonly severity: 'error' | 'warning' | 'info';
  readonly indicators?: readonly number[];
  readonly at?: readonly Location[];
  readonly message: string;
  readonly messageEn: string;
  readonly suggestion?: string;
}

/** Stable ids of the scoring findings. */
export type ScoreFindingRule =
  | 'actual-missing'
  | 'actual-not-a-number'
  | 'actual-unit-mismatch'
  | 'target-missing'
  | 'target-unscorable'
  | 'target-too-low'
  | 'tier-unknown'
  | 'score-outside-tier'
  | 'score-above-weight'
  | 'reason-missing'
  | 'weights-sum'
  | 'group-empty'
  | 'execution-missing'
  | 'execution-explanation'
  | 'execution-over-budget'
  | 'stated-disagrees'
  | 'stated-total-sum'
  | 'stated-total-disagrees';

/** A stated score that the rules do not give. */
export interface Disagreement {
  /** An indicator index, or the budget execution or total line. */
  readonly index: number | 'budget' | 'total';
  readonly name: string;
  readonly stated: number;
  readonly computed: number;
  /** stated − computed */
  readonly difference: number;
}

/** The audit of a published self-evaluation: what it states against what the rules give. */
export interface StatedAudit {
  /** 总分 as written, or null when the source has no total line. */
  readonly total: number | null;
  /** Sum of the stated indicator scores and the stated budget score. */
  readonly sum: number;
  readonly budget: number | null;
  readonly computedTotal: number;
  readonly disagreements: readonly Disagreement[];
}

export interface ScoreReport {
  readonly profile: string;
  /** 总分, rounded by the profile. */
  readonly total: number;
  readonly totalRaw: number;
  /** What a perfect table would score (100 with the national weights). */
  readonly maxTotal: number;
  readonly grade: GradeId;
  readonly gradeLabel: Bilingual;
  /** False when some applicable indicator could not be scored (its 0 is not a real result). */
  readonly complete: boolean;
  readonly budget: BudgetScore;
  readonly groups: readonly GroupScore[];
  readonly indicators: readonly IndicatorScore[];
  readonly findings: readonly ScoreFinding[];
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
  /** Present when the source states scores of its own. */
  readonly stated?: StatedAudit;
}

/** What a unit or evaluator decided about one indicator beyond what the table says. */
export interface IndicatorOverride {
  readonly index: number;
  /** Which way is better, when the comparator does not say it right. */
  readonly direction?: Direction;
  readonly notApplicable?: boolean;
  /** The tier of a qualitative indicator, when its actual text does not say it. */
  readonly tier?: TierId;
  /** A given score for a qualitative indicator (must fall inside its tier). */
  readonly score?: number;
}

/** Inputs of scoring beyond the table and the profile. */
export interface ScoreOptions {
  readonly overrides?: readonly IndicatorOverride[];
  /** Why the budget execution rate is low (required below the profile threshold). */
  readonly executionReason?: string | null;
}
