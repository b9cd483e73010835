/**
 * Quantitative indicators: a number target scored by its direction (positive, exact, negative,
 * range), with the too-low-target rule, and compound targets scored part by part.
 */

import { type Bilingual, render } from '../messages/message.js';
import {
  SCORE_EXPLAIN as E,
  SCORE_FINDINGS as F,
  SCORE_WORDS,
} from '../messages/scoring-messages.js';
import type { CompoundValue, Direction, NumberValue, TargetValue } from '../value/target-value.js';
import { directionFor } from './direction.js';
import { exact, negative, type Outcome, positive, range } from './formulas.js';
import {
  type IndicatorContext,
  type IndicatorResult,
  indicatorFinding,
} from './indicator-result.js';
import { measureActual } from './measure.js';
import { showNumber as n, showPercent } from './rounding.js';
import type { Counts, ScoreFinding } from './score-report.js';

/** An indicator that cannot be scored: 0 points, the reason as a finding and in the explanation. */
export function unscorable(
  finding: ScoreFinding,
  direction: Direction | null = null,
): IndicatorResult {
  return {
    scoreRaw: 0,
    rule: 'unscorable',
    formula: '',
    explain: render(E.unscorable, { reason: finding.message, reasonEn: finding.messageEn }),
    direction,
    target: null,
    actual: null,
    findings: [finding],
  };
}

const withUnit = (value: number, unit: string | null, counts?: Counts): string =>
  counts
    ? `${n(counts.numerator)}/${n(counts.denominator)}=${n(value)}${unit ?? ''}`
    : `${n(value)}${unit ?? ''}`;

/** The numbers a number target is compared by: one point, or a range. */
type Goal =
  | { readonly kind: 'point'; readonly t: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number };

const goalOf = (target: NumberValue, direction: Direction): Goal => {
  if (target.op !== 'between') return { kind: 'point', t: target.value };
  if (direction === 'higher') return { kind: 'point', t: target.min };
  if (direction === 'lower' || direction === 'exact') return { kind: 'point', t: target.max };
  return { kind: 'range', min: target.min, max: target.max };
};

function outcomeOf(
  w: number,
  goal: Goal,
  a: number,
  direction: Direction,
  ctx: IndicatorContext,
): Outcome {
  const formula = ctx.profile.negativeFormula;
  if (goal.kind === 'range') return range(w, goal.min, goal.max, a, formula);
  switch (direction) {
    case 'higher':
      return positive(w, goal.t, a);
    case 'exact':
      return exact(w, goal.t, a);
    case 'lower':
      return negative(w, goal.t, a, formula);
    case 'range':
      return positive(w, goal.t, a);
  }
}

function explainOutcome(
  outcome: Outcome,
  params: Record<string, string>,
  direction: Direction,
): Bilingual {
  switch (outcome.case) {
    case 'met':
      return render(
        direction === 'range'
          ? E.rangeMet
          : direction === 'lower'
            ? E.negativeMet
            : direction === 'exact'
              ? E.exactMet
              : E.positiveMet,
        params,
      );
    case 'short':
      return render(direction === 'exact' ? E.exactShort : E.positiveShort, params);
    case 'zero-met':
      return render(E.exactZeroMet, params);
    case 'zero-missed':
      return render(direction === 'lower' ? E.negativeZeroMissed : E.exactZeroMissed, params);
    case 'linear':
      return render(E.negativeLinear, params);
    case 'double':
      return render(E.negativeDouble, params);
    case 'ratio':
      return render(E.negativeRatio, params);
    case 'range-below':
      return render(E.rangeBelow, params);
    case 'range-above':
      return render(E.rangeAbove, params);
  }
}

/** Scores a number target. */
export function scoreNumber(
  ctx: IndicatorContext,
  target: NumberValue,
  actual: TargetValue,
): IndicatorResult {
  const name = ctx.indicator.name;
  const direction = directionFor(target, ctx.override?.direction);
  const goal = goalOf(target, direction);
  if ((goal.kind === 'point' && goal.t < 0) || (goal.kind === 'range' && goal.min < 0))
    return unscorable(
      indicatorFinding(
        ctx,
        'target-unscorable',
        'unmeasurable',
        'error',
        render(F.targetUnscorable, { name, target: target.raw }),
      ),
      direction,
    );
  const measured = measureActual(actual, target.unit);
  if (measured.kind === 'not-a-number')
    return unscorable(
      indicatorFinding(
        ctx,
        'actual-not-a-number',
        'unmeasurable',
        'error',
        render(F.actualNotANumber, { name, target: target.raw, actual: actual.raw }),
      ),
      direction,
    );
  if (measured.kind === 'unit-incomparable')
    return unscorable(
      indicatorFinding(
        ctx,
        'actual-unit-mismatch',
        'unit-mismatch',
        'error',
        render(F.actualUnitIncomparable, {
          name,
          actual: actual.raw,
          target: target.raw,
          actualUnit: measured.actual,
          targetUnit: measured.target,
        }),
      ),
      direction,
    );

  const findings: ScoreFinding[] = [];
  if (measured.unitDiffers)
    findings.push(
      indicatorFinding(
        ctx,
        'actual-unit-mismatch',
        'unit-mismatch',
        'warning',
        render(F.actualUnitDiffers, {
          name,
          actualUnit: measured.unitDiffers.actual,
          targetUnit: measured.unitDiffers.target,
        }),
      ),
    );
  const w = ctx.weight;
  const a = measured.value;
  const outcome = outcomeOf(w, goal, a, direction, ctx);
  const unit = target.unit;
  const t = goal.kind === 'point' ? goal.t : goal.min;
  let scoreRaw = outcome.scoreRaw;
  let formula = outcome.formula;
  const extra: Bilingual[] = [];

  // 目标设定偏低: a higher-is-better target over-achieved by far.
  const rule = ctx.profile.tooLowTarget;
  const upward = direction === 'higher' || (direction === 'exact' && t > 0);
  if (rule.mode !== 'off' && upward && goal.kind === 'point' && t > 0 && a >= t * rule.ratio) {
    const times = n(a / t);
    findings.push(
      indicatorFinding(
        ctx,
        'target-too-low',
        'inconsistent',
        'warning',
        render(F.targetTooLow, {
          name,
          actual: withUnit(a, unit, measured.counts),
          target: withUnit(t, unit),
          times,
        }),
      ),
    );
    if (rule.mode === 'deduct') {
      const deduct = rule.deduct * w;
      scoreRaw = Math.max(scoreRaw - deduct, 0);
      formula = `${n(w)} − ${n(rule.deduct)} × ${n(w)}`;
      extra.push(render(E.tooLowDeducted, { times, deduct: n(deduct) }));
    }
  }

  const params = {
    actual: withUnit(a, unit, measured.counts),
    target: goal.kind === 'point' ? withUnit(t, unit) : target.raw,
    min: withUnit(goal.kind === 'range' ? goal.min : t, unit),
    max: withUnit(goal.kind === 'range' ? goal.max : t, unit),
    weight: n(w),
    formula: outcome.formula,
    score: ctx.show(outcome.scoreRaw),
  };
  const base = explainOutcome(outcome, params, direction);
  const explain = extra.reduce<Bilingual>(
    (acc, more) => ({ zh: `${acc.zh}${more.zh}`, en: `${acc.en} ${more.en}` }),
    base,
  );
  return {
    scoreRaw,
    rule:
      goal.kind === 'range'
        ? 'range'
        : direction === 'lower'
          ? 'negative'
          : direction === 'exact'
            ? 'exact'
            : 'positive',
    formula,
    explain,
    direction,
    target: t,
    actual: a,
    ...(measured.counts ? { counts: measured.counts } : {}),
    findings,
  };
}

/** Pairs target parts with actual parts: by unit first, then in order. */
function pairParts(
  targets: readonly NumberValue[],
  actuals: readonly TargetValue[],
): Array<TargetValue | undefined> {
  const used = new Set<number>();
  const pairs: Array<TargetValue | undefined> = targets.map((t) => {
    const k = actuals.findIndex(
      (a, i) => !used.has(i) && t.unit !== null && a.kind === 'number' && a.unit === t.unit,
    );
    if (k < 0) return undefined;
    used.add(k);
    return actuals[k];
  });
  return pairs.map((p) => {
    if (p !== undefined) return p;
    const k = actuals.findIndex((_a, i) => !used.has(i));
    if (k < 0) return undefined;
    used.add(k);
    return actuals[k];
  });
}

/** Scores several measures in one cell: each part's share, combined as the profile says. */
export function scoreCompound(
  ctx: IndicatorContext,
  target: CompoundValue,
  actual: TargetValue,
): IndicatorResult {
  const name = ctx.indicator.name;
  const targets = target.parts.filter((p): p is NumberValue => p.kind === 'number');
  if (targets.length === 0 || targets.length !== target.parts.length)
    return unscorable(
      indicatorFinding(
        ctx,
        'target-unscorable',
        'unmeasurable',
        'error',
        render(F.targetUnscorable, { name, target: target.raw }),
      ),
    );
  const actuals = actual.kind === 'compound' ? actual.parts : [actual];
  const mismatch = (): IndicatorResult =>
    unscorable(
      indicatorFinding(
        ctx,
        'actual-not-a-number',
        'unmeasurable',
        'error',
        render(F.actualPartsMismatch, {
          name,
          count: targets.length,
          target: target.raw,
          actual: actual.raw,
        }),
      ),
    );
  if (actuals.length !== targets.length) return mismatch();
  const pairs = pairParts(targets, actuals);
  const shares: number[] = [];
  const described: string[] = [];
  const findings: ScoreFinding[] = [];
  for (const [k, part] of targets.entries()) {
    const got = pairs[k];
    if (got === undefined) return mismatch();
    // Each part is scored out of 1; the too-low rule judges whole indicators, not parts.
    const partCtx: IndicatorContext = {
      ...ctx,
      weight: 1,
      override: undefined,
      profile: { ...ctx.profile, tooLowTarget: { ...ctx.profile.tooLowTarget, mode: 'off' } },
    };
    const result = scoreNumber(partCtx, part, got);
    if (result.rule === 'unscorable') return result;
    findings.push(...result.findings);
    const share = Math.min(Math.max(result.scoreRaw, 0), 1);
    shares.push(share);
    described.push(`${part.raw.trim()}→${got.raw.trim()} ${showPercent(share)}%`);
  }
  const how = ctx.profile.compound;
  const share =
    how === 'min' ? Math.min(...shares) : shares.reduce((s, x) => s + x, 0) / shares.length;
  const w = ctx.weight;
  const scoreRaw = w * share;
  const formula =
    how === 'min'
      ? `${n(w)} × min(${shares.map(n).join(', ')})`
      : `${n(w)} × (${shares.map(n).join(' + ')}) / ${shares.length}`;
  const words = SCORE_WORDS[how];
  return {
    scoreRaw,
    rule: 'compound',
    formula,
    explain: render(E.compound, {
      count: shares.length,
      parts: described.join('；'),
      how: words.zh,
      howEn: words.en,
      formula,
      score: ctx.show(scoreRaw),
    }),
    direction: null,
    target: null,
    actual: null,
    findings,
  };
}
