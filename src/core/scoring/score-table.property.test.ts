import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTable } from '../../../test/support/corpus.js';
import { Random } from '../../../test/support/random.js';
import type { Indicator, TargetTable } from '../table/target-table.js';
import { parseTargetValue } from '../value/parse.js';
import { gradeOf } from './grade.js';
import { SCORING_PROFILES } from './profiles.js';
import { clean, roundScore } from './rounding.js';
import { scoreTable } from './score-table.js';
import type { ScoringProfile } from './scoring-profile.js';

/** Actuals as units write them, and as they should not: garbage, huge, negative, empty. */
const HOSTILE = [
  '',
  'N/A',
  '不适用',
  '无',
  '-',
  'abc',
  '已完成',
  '部分达成',
  '未达成',
  '达成',
  '详见附件',
  '是',
  '否',
  '-5个',
  '0',
  '1e308',
  '999999999999%',
  '183/200',
  '0/0',
  '2019年13月',
  '2020年1月',
  '2019年6月',
  '1本，18个项目',
  '12万人次',
  '30个',
  '≥95%',
  '1-2个',
  'XX',
  '💥'.repeat(50),
];

function actualFor(i: Indicator, r: Random): string {
  if (r.chance(0.3)) return r.pick(HOSTILE);
  const t = i.target;
  if (t.kind === 'number') {
    const base = t.op === 'between' ? t.max : t.value;
    return `${Math.round(base * (r.int(0, 250) / 100) * 100) / 100}${t.unit ?? ''}`;
  }
  return r.pick(HOSTILE);
}

function mutate(table: TargetTable, r: Random): TargetTable {
  const year = table.project.year;
  const weighted = r.chance(0.3);
  return {
    ...table,
    indicators: table.indicators.map((i) => ({
      ...i,
      actual: r.chance(0.05) ? null : parseTargetValue(actualFor(i, r), { year }),
      weight: weighted && r.chance(0.9) ? r.pick([r.int(0, 4000) / 100, -5, Number.NaN]) : null,
      score: r.chance(0.3) ? r.int(-100, 6000) / 100 : null,
      ...(r.chance(0.5) ? { deviationReason: '原因' } : {}),
    })),
    execution: r.chance(0.1)
      ? null
      : {
          initialBudget: r.chance(0.5) ? `${r.int(0, 1e7)}.${r.int(10, 99)}` : null,
          budget: r.chance(0.9) ? `${r.int(0, 1e7)}.00` : null,
          spent: r.chance(0.9) ? `${r.int(0, 1.2e7)}.${r.int(10, 99)}` : null,
        },
    ...(r.chance(0.3) ? { stated: { total: r.int(0, 12000) / 100 } } : {}),
  };
}

function variant(r: Random): ScoringProfile {
  const base = r.pick(Object.values(SCORING_PROFILES));
  return {
    ...base,
    negativeFormula: r.pick(['linear-to-double', 'ratio'] as const),
    deadline: r.pick(['met-or-not', 'elapsed-days'] as const),
    compound: r.pick(['mean', 'min'] as const),
    emptyGroup: r.pick(['rescale', 'zero'] as const),
    tooLowTarget: { mode: r.pick(['off', 'flag', 'deduct'] as const), ratio: 1.5, deduct: 0.2 },
    rounding: {
      method: r.pick(['half-up', 'floor'] as const),
      places: r.int(0, 3),
      apply: r.pick(['each', 'total'] as const),
    },
  };
}

describe('scoreTable on random tables with hostile actuals', () => {
  it('never throws; totals are the sum of their parts; no score exceeds its weight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const r = new Random(seed);
        const table = mutate(generateTable(r), r);
        const profile = variant(r);
        const report = scoreTable(table, profile);
        const places = profile.rounding.apply === 'each' ? profile.rounding.places : 4;
        const ulp = 10 ** -places;

        for (const s of report.indicators) {
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThanOrEqual(s.weightRaw + 1e-9);
          expect(s.score).toBeLessThanOrEqual(s.weight + 1e-9);
          expect(s.scoreRaw).toBeLessThanOrEqual(s.weightRaw + 1e-9);
          expect(s.explain.zh.length).toBeGreaterThan(0);
          expect(s.explain.en.length).toBeGreaterThan(0);
        }
        expect(report.budget.score).toBeLessThanOrEqual(report.budget.weight);
        const parts = report.indicators.reduce((sum, s) => sum + s.score, 0) + report.budget.score;
        const rawParts =
          report.indicators.reduce((sum, s) => sum + s.scoreRaw, 0) + report.budget.scoreRaw;
        expect(report.totalRaw).toBeCloseTo(rawParts, 6);
        if (profile.rounding.apply === 'each') expect(report.total).toBe(clean(parts));
        else expect(report.total).toBe(roundScore(report.totalRaw, profile.rounding));
        expect(report.total).toBeLessThanOrEqual(report.maxTotal + ulp);
        for (const g of report.groups)
          expect(g.score).toBeCloseTo(
            g.indicators.reduce((sum, k) => sum + report.indicators[k]!.score, 0),
            9,
          );
        expect(report.grade).toBe(gradeOf(report.total, profile.grades));
        if (report.complete)
          expect(report.indicators.every((s) => s.rule !== 'unscorable')).toBe(true);
        // Plain data: what the server stores is what it reads back.
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 300 },
    );
  });

  it('without weights set, a table where everything is met scores the full maximum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const table = generateTable(new Random(seed));
        const perfect: TargetTable = {
          ...table,
          indicators: table.indicators.map((i) => ({ ...i, actual: i.target })),
          execution: { initialBudget: null, budget: '100.00', spent: '100.00' },
        };
        const report = scoreTable(perfect, SCORING_PROFILES.national);
        const scorable = report.indicators.every((s) => s.rule !== 'unscorable');
        fc.pre(scorable);
        expect([report.total, report.maxTotal]).toEqual([100, 100]);
      }),
      { numRuns: 200 },
    );
  });
});
