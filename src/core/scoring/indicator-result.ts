/**
 * What scoring one indicator gives before rounding, and the helpers its scorers share.
 */

import type { Bilingual } from '../messages/message.js';
import type { Indicator } from '../table/target-table.js';
import type { Direction } from '../value/target-value.js';
import type {
  Counts,
  IndicatorOverride,
  ScoreFinding,
  ScoreFindingRule,
  ScoreRuleId,
} from './score-report.js';
import type { ScoringProfile, TierId } from './scoring-profile.js';

export interface IndicatorResult {
  readonly scoreRaw: number;
  readonly rule: ScoreRuleId;
  readonly formula: string;
  /** Rule, numbers and formula in Chinese and English, with the rounded score. */
  readonly explain: Bilingual;
  readonly direction: Direction | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly counts?: Counts;
  readonly tier?: TierId;
  readonly findings: readonly ScoreFinding[];
}

/** What a scorer knows about the indicator it scores. */
export interface IndicatorContext {
  readonly indicator: Indicator;
  readonly index: number;
  /** Effective weight after allocation. */
  readonly weight: number;
  readonly profile: ScoringProfile;
  readonly override: IndicatorOverride | undefined;
  /** The project's start (ISO), for deadlines scored by elapsed days. */
  readonly startDate: string | null;
  /** A raw score as the report will show it (rounded by the profile), for explanations. */
  readonly show: (scoreRaw: number) => string;
}

/** A finding about one indicator. */
export function indicatorFinding(
  ctx: Pick<IndicatorContext, 'indicator' | 'index'>,
  rule: ScoreFindingRule,
  category: ScoreFinding['category'],
  severity: ScoreFinding['severity'],
  message: Bilingual,
): ScoreFinding {
  return {
    rule,
    category,
    severity,
    indicators: [ctx.index],
    at: [ctx.indicator.at],
    message: message.zh,
    messageEn: message.en,
  };
}
