/** Scores one indicator: picks the rule from its target and actual, or says why it cannot. */

import { render } from '../messages/message.js';
import { SCORE_EXPLAIN as E, SCORE_FINDINGS as F } from '../messages/scoring-messages.js';
import type { Indicator } from '../table/target-table.js';
import { assertNever } from '../util/assert-never.js';
import {
  type IndicatorContext,
  type IndicatorResult,
  indicatorFinding,
} from './indicator-result.js';
import { scoreBoolean, scoreDeadline, scoreQualitative } from './qualitative.js';
import { scoreCompound, scoreNumber, unscorable } from './quantitative.js';
import type { IndicatorOverride } from './score-report.js';

/**
 * Not applicable: the unit said so, or the actual (or target) reads 不适用 / N/A / 无.
 * An empty actual is not "not applicable": it is missing (DESIGN: no value is not 0).
 */
export function isNotApplicable(indicator: Indicator, override?: IndicatorOverride): boolean {
  if (override?.notApplicable !== undefined) return override.notApplicable;
  const na = (v: Indicator['actual']): boolean =>
    v !== null && v.kind === 'none' && v.reason === 'not-applicable';
  return na(indicator.actual) || na(indicator.target);
}

/** The rule for an indicator that counts. */
export function scoreIndicator(ctx: IndicatorContext): IndicatorResult {
  const { indicator } = ctx;
  if (isNotApplicable(indicator, ctx.override))
    return {
      scoreRaw: 0,
      rule: 'not-applicable',
      formula: '',
      explain: E.notApplicable,
      direction: null,
      target: null,
      actual: null,
      findings: [],
    };
  const name = indicator.name;
  const { target, actual } = indicator;
  if (target.kind === 'none')
    return unscorable(
      indicatorFinding(
        ctx,
        'target-missing',
        'missing',
        'error',
        render(F.targetMissing, { name }),
      ),
    );
  if (actual === null || actual.kind === 'none')
    return unscorable(
      indicatorFinding(
        ctx,
        'actual-missing',
        'missing',
        'error',
        render(F.actualMissing, { name }),
      ),
    );
  switch (target.kind) {
    case 'number':
      return scoreNumber(ctx, target, actual);
    case 'date':
      return scoreDeadline(ctx, target, actual);
    case 'boolean':
      return scoreBoolean(ctx, target, actual);
    case 'text':
      return scoreQualitative(ctx, target, actual);
    case 'compound':
      return scoreCompound(ctx, target, actual);
    default:
      return assertNever(target);
  }
}
