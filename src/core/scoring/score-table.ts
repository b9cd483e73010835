/**
 * Scoring a self-evaluation (绩效自评, 财预〔2020〕10号): weights, each indicator by its rule,
 * budget execution, rounding, grade, findings, and the audit of any scores the table states.
 */

import { LEVEL1_NAME, LEVEL1_OF } from '../framework/taxonomy.js';
import { render } from '../messages/message.js';
import {
  SCORE_FINDINGS as F,
  GRADE_NAMES,
  SCORE_WORDS as W,
} from '../messages/scoring-messages.js';
import type { TargetTable } from '../table/target-table.js';
import { auditStated } from './audit.js';
import { scoreBudget } from './budget.js';
import { gradeOf } from './grade.js';
import type { IndicatorContext } from './indicator-result.js';
import { NATIONAL_PROFILE } from './profiles.js';
import { clean, roundScore, showNumber } from './rounding.js';
import { isNotApplicable, scoreIndicator } from './score-indicator.js';
import type {
  GroupScore,
  IndicatorOverride,
  IndicatorScore,
  ScoreFinding,
  ScoreOptions,
  ScoreReport,
} from './score-report.js';
import type { ScoringProfile } from './scoring-profile.js';
import { allocateWeights, type WeightNote } from './weights.js';

/**
 * Scores a table with actuals. Never throws: what cannot be scored gets 0 and a finding.
 * @example scoreTable(table, SICHUAN_PROFILE).total // 87.5
 */
export function scoreTable(
  table: TargetTable,
  profile: ScoringProfile = NATIONAL_PROFILE,
  options: ScoreOptions = {},
): ScoreReport {
  const overrides = new Map<number, IndicatorOverride>();
  for (const o of options.overrides ?? []) overrides.set(o.index, o);
  const rounding = profile.rounding;
  // 'each' rounds every part and adds them up; 'total' keeps parts to four places.
  const partRounding =
    rounding.apply === 'each' ? rounding : ({ method: 'half-up', places: 4 } as const);
  const roundPart = (x: number): number => roundScore(x, partRounding);
  // Weights are shown with at least two decimals (50 / 7 = 7.14); the raw weight is kept.
  const showWeight = (w: number): number =>
    roundScore(w, { method: 'half-up', places: Math.max(2, partRounding.places) });
  // A score never exceeds its weight, even where rounding up would carry it over (3.335 of 3.335).
  const capped = (x: number, weightRaw: number): number => {
    const r = roundPart(Math.min(x, weightRaw));
    return r > weightRaw ? roundScore(x, { ...partRounding, method: 'floor' }) : r;
  };

  const allocation = allocateWeights(
    table.indicators.map((indicator, index) => ({
      index,
      level1: indicator.level1 ?? (indicator.level2 ? LEVEL1_OF[indicator.level2] : null),
      // A weight that is negative or not a number was never meant: the share rule decides.
      given: validWeight(indicator.weight),
      applicable: !isNotApplicable(indicator, overrides.get(index)),
    })),
    profile,
  );

  const findings: ScoreFinding[] = [];
  const indicators: IndicatorScore[] = table.indicators.map((indicator, index) => {
    const allocated = allocation.weights.get(index);
    const weightRaw = allocated?.weight ?? 0;
    const weight = showWeight(weightRaw);
    const final = (raw: number): number => capped(Math.max(raw, 0), weightRaw);
    const ctx: IndicatorContext = {
      indicator,
      index,
      weight: weightRaw,
      profile,
      override: overrides.get(index),
      startDate: table.project.startDate,
      show: (raw) => showNumber(final(raw)),
    };
    const result = scoreIndicator(ctx);
    findings.push(...result.findings);
    const scoreRaw = clean(Math.min(Math.max(result.scoreRaw, 0), weightRaw));
    const score = final(scoreRaw);
    const scored = result.rule !== 'unscorable' && result.rule !== 'not-applicable';
    if (
      scored &&
      profile.reasonBelowFull &&
      scoreRaw < weightRaw - 1e-9 &&
      (indicator.deviationReason ?? '').trim() === ''
    )
      findings.push({
        rule: 'reason-missing',
        category: 'missing',
        severity: 'warning',
        indicators: [index],
        at: [indicator.at],
        ...message(
          render(F.reasonMissing, {
            name: indicator.name,
            score: showNumber(score),
            weight: showNumber(weight),
          }),
        ),
      });
    return {
      index,
      name: indicator.name,
      level1: indicator.level1,
      level2: indicator.level2,
      weight,
      weightRaw,
      weightSource: allocated?.source ?? 'equal',
      score,
      scoreRaw,
      rule: result.rule,
      formula: result.formula,
      explain: result.explain,
      direction: result.direction,
      target: result.target,
      actual: result.actual,
      ...(result.counts ? { counts: result.counts } : {}),
      achievement: weightRaw > 0 ? clean(scoreRaw / weightRaw) : null,
      ...(result.tier ? { tier: result.tier } : {}),
      stated: indicator.score,
      at: indicator.at,
    };
  });

  const budgetPart = scoreBudget(
    table.execution,
    profile.budget,
    (raw) => showNumber(capped(raw, profile.budget.weight)),
    options.executionReason ?? null,
  );
  const budget = {
    ...budgetPart.budget,
    score: capped(budgetPart.budget.scoreRaw, budgetPart.budget.weight),
  };
  findings.push(...budgetPart.findings);

  const groups: GroupScore[] = allocation.groups.map((g, k) => {
    const level1 = profile.groups[k]!.level1;
    const members = indicators.filter((i) => g.members.includes(i.index));
    return {
      level1,
      label: level1.length === 1 ? LEVEL1_NAME[level1[0]!] : W.pool,
      weight: showWeight(g.weight),
      weightRaw: g.weight,
      score: clean(members.reduce((s, i) => s + i.score, 0)),
      scoreRaw: clean(members.reduce((s, i) => s + i.scoreRaw, 0)),
      indicators: g.members,
    };
  });
  findings.push(...weightFindings(allocation.notes, profile));

  const totalRaw = clean(indicators.reduce((s, i) => s + i.scoreRaw, 0) + budget.scoreRaw);
  const total =
    rounding.apply === 'each'
      ? clean(indicators.reduce((s, i) => s + i.score, 0) + budget.score)
      : roundScore(totalRaw, rounding);
  const loose = indicators.filter((i) => allocation.weights.get(i.index)?.group === null);
  const maxTotal = clean(
    budget.weight +
      allocation.groups.reduce((s, g) => s + g.weight, 0) +
      loose.reduce((s, i) => s + i.weightRaw, 0),
  );
  const grade = gradeOf(total, profile.grades);
  const audit = auditStated(table, indicators, budget, total, profile.auditTolerance);
  findings.push(...audit.findings);

  return {
    profile: profile.id,
    total,
    totalRaw,
    maxTotal,
    grade,
    gradeLabel: GRADE_NAMES[grade],
    complete: budget.rate !== null && indicators.every((i) => i.rule !== 'unscorable'),
    budget,
    groups,
    indicators,
    findings,
    summary: {
      error: findings.filter((f) => f.severity === 'error').length,
      warning: findings.filter((f) => f.severity === 'warning').length,
      info: findings.filter((f) => f.severity === 'info').length,
    },
    ...(audit.stated ? { stated: audit.stated } : {}),
  };
}

const validWeight = (w: number | null): number | null =>
  w !== null && Number.isFinite(w) && w >= 0 ? w : null;

const message = (m: { zh: string; en: string }): { message: string; messageEn: string } => ({
  message: m.zh,
  messageEn: m.en,
});

function weightFindings(notes: readonly WeightNote[], profile: ScoringProfile): ScoreFinding[] {
  const labelOf = (group: number | null) => {
    const level1 = group === null ? [] : (profile.groups[group]?.level1 ?? []);
    return level1.length === 1 ? LEVEL1_NAME[level1[0]!] : W.pool;
  };
  return notes.map((note): ScoreFinding => {
    const label = labelOf(note.group);
    if (note.kind === 'group-empty')
      return {
        rule: 'group-empty',
        category: 'missing',
        severity: 'info',
        ...message(
          render(profile.emptyGroup === 'rescale' ? F.groupEmptyRescaled : F.groupEmptyLost, {
            group: label.zh,
            groupEn: label.en,
            weight: showNumber(note.weight),
          }),
        ),
      };
    return {
      rule: 'weights-sum',
      category: 'inconsistent',
      severity: 'warning',
      ...message(
        render(F.weightsSum, {
          group: label.zh,
          groupEn: label.en,
          sum: showNumber(note.sum),
          expected: showNumber(note.expected),
        }),
      ),
    };
  });
}
