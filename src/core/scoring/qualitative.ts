/**
 * Qualitative indicators, yes/no targets and deadlines. A qualitative score falls inside its
 * tier (达成 80–100%, 部分达成 60–80%, 未达成 0–60% of the weight, 财预〔2020〕10号): a given score
 * inside the tier is kept, one outside is moved to the nearest score inside (and reported), and
 * without a given score the tier's default share counts.
 */

import { render } from '../messages/message.js';
import {
  SCORE_EXPLAIN as E,
  SCORE_FINDINGS as F,
  TIER_NAMES,
} from '../messages/scoring-messages.js';
import type { BooleanValue, DateValue, TargetValue } from '../value/target-value.js';
import { daysBetween, negative } from './formulas.js';
import {
  type IndicatorContext,
  type IndicatorResult,
  indicatorFinding,
} from './indicator-result.js';
import { unscorable } from './quantitative.js';
import { showNumber as n, showPercent } from './rounding.js';
import { tierBounds, tierOfActual } from './tiers.js';

/** Slack for a given score written with fewer decimals than its tier boundary. */
const EPSILON = 1e-9;

/** Scores an indicator by tier: a text target, or any target whose actual is words. */
export function scoreQualitative(
  ctx: IndicatorContext,
  target: TargetValue,
  actual: TargetValue,
): IndicatorResult {
  const name = ctx.indicator.name;
  const w = ctx.weight;
  const tierId = ctx.override?.tier ?? tierOfActual(actual, target);
  const given = ctx.override?.score ?? ctx.indicator.score;
  const base = {
    rule: 'qualitative' as const,
    formula: '',
    direction: null,
    target: null,
    actual: null,
  };

  if (tierId === null) {
    const finding = indicatorFinding(
      ctx,
      'tier-unknown',
      'unmeasurable',
      given === null ? 'error' : 'warning',
      render(F.tierUnknown, { name, actual: actual.raw }),
    );
    if (given === null) return unscorable(finding);
    const kept = Math.min(Math.max(given, 0), w);
    return {
      ...base,
      scoreRaw: kept,
      explain: render(E.qualitativeKept, { score: ctx.show(kept) }),
      findings: [finding],
    };
  }

  const tier = ctx.profile.tiers[tierId];
  const [low, high] = tierBounds(tier, w);
  const names = TIER_NAMES[tierId];
  const params = {
    tier: names.zh,
    tierEn: names.en,
    min: showPercent(tier.min),
    max: showPercent(tier.max),
  };
  if (given === null) {
    const scoreRaw = tier.default * w;
    return {
      ...base,
      scoreRaw,
      tier: tierId,
      explain: render(E.qualitativeDefault, {
        ...params,
        share: showPercent(tier.default),
        score: ctx.show(scoreRaw),
      }),
      findings: [],
    };
  }
  if (given >= low - EPSILON && given <= high + EPSILON)
    return {
      ...base,
      scoreRaw: given,
      tier: tierId,
      explain: render(E.qualitativeGiven, { ...params, score: ctx.show(given) }),
      findings: [],
    };
  const clamped = Math.min(Math.max(given, low), high);
  return {
    ...base,
    scoreRaw: clamped,
    tier: tierId,
    explain: render(E.qualitativeClamped, { ...params, given: n(given), score: ctx.show(clamped) }),
    findings: [
      indicatorFinding(
        ctx,
        'score-outside-tier',
        'inconsistent',
        'error',
        render(F.scoreOutsideTier, {
          ...params,
          name,
          given: n(given),
          low: n(low),
          high: n(high),
        }),
      ),
    ],
  };
}

/** A yes/no target: the same answer earns full marks; words are read by tier. */
export function scoreBoolean(
  ctx: IndicatorContext,
  target: BooleanValue,
  actual: TargetValue,
): IndicatorResult {
  if (actual.kind !== 'boolean') return scoreQualitative(ctx, target, actual);
  const met = actual.value === target.value;
  const params = {
    actual: actual.raw.trim(),
    target: target.raw.trim(),
    weight: n(ctx.weight),
  };
  return {
    scoreRaw: met ? ctx.weight : 0,
    rule: 'boolean',
    formula: '',
    explain: render(met ? E.booleanMet : E.booleanMissed, params),
    direction: null,
    target: null,
    actual: null,
    findings: [],
  };
}

const deadlineOf = (v: DateValue): string => (v.op === 'between' ? v.max : v.value);

/**
 * A deadline: done on or before it earns full marks. Late work earns nothing under
 * `met-or-not`; under `elapsed-days` the days taken from the project start are scored like a
 * lower-is-better number. Words instead of a date (按时完成) are read by tier.
 */
export function scoreDeadline(
  ctx: IndicatorContext,
  target: DateValue,
  actual: TargetValue,
): IndicatorResult {
  if (actual.kind === 'number' || actual.kind === 'compound')
    return unscorable(
      indicatorFinding(
        ctx,
        'actual-not-a-number',
        'unmeasurable',
        'error',
        render(F.actualNotADate, {
          name: ctx.indicator.name,
          target: target.raw,
          actual: actual.raw,
        }),
      ),
      'lower',
    );
  if (actual.kind !== 'date') return scoreQualitative(ctx, target, actual);
  const due = deadlineOf(target);
  const done = deadlineOf(actual);
  const w = ctx.weight;
  const base = { rule: 'deadline' as const, direction: 'lower' as const, findings: [] };
  const start = ctx.startDate ?? `${due.slice(0, 4)}-01-01`;
  const targetDays = daysBetween(start, due);
  if (ctx.profile.deadline === 'elapsed-days' && targetDays > 0) {
    const actualDays = daysBetween(start, done);
    const outcome = negative(w, targetDays, actualDays, ctx.profile.negativeFormula);
    const score = ctx.show(outcome.scoreRaw);
    const detail =
      outcome.case === 'met'
        ? render(E.deadlineMet, { actual: done, target: due, weight: n(w) })
        : render(
            outcome.case === 'double'
              ? E.negativeDouble
              : outcome.case === 'ratio'
                ? E.negativeRatio
                : E.negativeLinear,
            {
              actual: `${actualDays}`,
              target: `${targetDays}`,
              formula: outcome.formula,
              score,
            },
          );
    return {
      ...base,
      scoreRaw: outcome.scoreRaw,
      formula: outcome.formula,
      explain: render(E.deadlineElapsed, {
        start,
        actualDays,
        targetDays,
        detail: detail.zh,
        detailEn: detail.en,
      }),
      target: targetDays,
      actual: actualDays,
    };
  }
  const met = done <= due;
  return {
    ...base,
    scoreRaw: met ? w : 0,
    formula: '',
    explain: render(met ? E.deadlineMet : E.deadlineLate, {
      actual: done,
      target: due,
      weight: n(w),
    }),
    target: targetDays,
    actual: daysBetween(start, done),
  };
}
