import { describe, expect, it } from 'vitest';
import { type Row, tableOf } from '../../../test/support/indicator-table.js';
import { HUBEI_PROFILE, NATIONAL_PROFILE, SICHUAN_PROFILE } from './profiles.js';
import type { IndicatorScore, ScoreReport } from './score-report.js';
import { scoreTable } from './score-table.js';
import type { ScoringProfile } from './scoring-profile.js';

/** Scores one indicator that carries its own weight (10 unless the row says otherwise). */
function scoreOne(row: Row, profile: ScoringProfile = NATIONAL_PROFILE): IndicatorScore {
  return scoreTable(tableOf([{ weight: 10, ...row }]), profile).indicators[0]!;
}

const rules = (report: ScoreReport): string[] => report.findings.map((f) => f.rule);

const withProfile = (patch: Partial<ScoringProfile>): ScoringProfile => ({
  ...NATIONAL_PROFILE,
  ...patch,
});

describe('positive indicators (a ≥ t → w, else w·a/t)', () => {
  it('gives full marks when the target is met', () => {
    const s = scoreOne({ level2: 'quantity', target: '≥100个', actual: '120个' });
    expect([s.score, s.rule, s.direction]).toEqual([10, 'positive', 'higher']);
    expect(s.explain.zh).toContain('得满分10分');
  });

  it('gives w·a/t when it is not, and shows the formula in both languages', () => {
    const s = scoreOne({ level2: 'quantity', target: '≥100个', actual: '80个', reason: '延期' });
    expect(s.score).toBe(8);
    expect(s.formula).toBe('10 × 80 / 100');
    expect(s.explain.zh).toBe('正向指标：实际值80个 < 目标值100个，得分 = 10 × 80 / 100 = 8分。');
    expect(s.explain.en).toContain('score = 10 × 80 / 100 = 8');
  });

  it('reads a bare number as "at least"', () => {
    expect(scoreOne({ level2: 'quantity', target: '6场', actual: '7场' }).score).toBe(10);
    expect(
      scoreOne({ level2: 'quantity', target: '6场', actual: '3场', reason: '疫情' }).score,
    ).toBe(5);
  });

  it('converts 万 multiples of the unit before comparing', () => {
    expect(scoreOne({ level2: 'cost', target: '≥10万元', actual: '120000元' }).score).toBe(10);
    expect(
      scoreOne({ level2: 'social', target: '1万人次', actual: '5000人次', reason: '-' }).score,
    ).toBe(5);
  });

  it('turns counts into a percentage and keeps them (183 of 200 satisfied)', () => {
    const met = scoreOne({ level2: 'satisfaction', target: '≥90%', actual: '183/200' });
    expect(met.score).toBe(10);
    expect(met.counts).toEqual({ numerator: 183, denominator: 200 });
    expect(met.actual).toBeCloseTo(91.5, 10);
    // 171/200 = 85.5%: 10 × 85.5 / 90 = 9.5
    const short = scoreOne({
      level2: 'satisfaction',
      target: '≥90%',
      actual: '171/200',
      reason: '服务窗口少',
    });
    expect(short.score).toBe(9.5);
    expect(short.explain.zh).toContain('171/200=85.5%');
  });
});

describe('exact indicators', () => {
  it('scores = with a positive target as positive', () => {
    expect(scoreOne({ level2: 'quality', target: '=100%', actual: '95%', reason: '-' }).score).toBe(
      9.5,
    );
  });

  it('gives full marks for target 0 only when the actual is 0 or less', () => {
    const kept = scoreOne({ level2: 'quality', target: '=0起', actual: '0起' });
    expect([kept.score, kept.rule]).toEqual([10, 'exact']);
    expect(scoreOne({ level2: 'quality', target: '=0起', actual: '1起', reason: '-' }).score).toBe(
      0,
    );
  });

  it('reads a bare 0 (0起) as exactly 0, not "at least 0"', () => {
    const s = scoreOne({ level2: 'quality', target: '0起', actual: '2起', reason: '-' });
    expect([s.score, s.direction]).toEqual([0, 'exact']);
  });
});

describe('negative indicators, in each range and under both formulas', () => {
  const cost = (actual: string, profile = NATIONAL_PROFILE) =>
    scoreOne({ level2: 'cost', target: '≤100万元', actual, reason: '超支' }, profile);
  const ratio = withProfile({ negativeFormula: 'ratio' });

  it('a ≤ t: full marks under both', () => {
    expect(cost('80万元').score).toBe(10);
    expect(cost('80万元', ratio).score).toBe(10);
    expect(cost('100万元', ratio).score).toBe(10);
  });

  it('t < a < 2t: w·(1−(a−t)/t) by default, w·t/a by the ratio rule', () => {
    const linear = cost('120万元');
    expect(linear.score).toBe(8); // 10 × (1 − 20/100)
    expect(linear.formula).toBe('10 × (1 − (120 − 100) / 100)');
    const r = cost('120万元', ratio);
    expect(r.score).toBe(8.33); // 10 × 100 / 120 = 8.333…
    expect(r.scoreRaw).toBeCloseTo(8.3333333, 6);
  });

  it('a ≥ 2t: 0 by default, w·t/a by the ratio rule', () => {
    expect(cost('200万元').score).toBe(0);
    expect(cost('250万元').score).toBe(0);
    expect(cost('250万元', ratio).score).toBe(4); // 10 × 100 / 250
  });
});

describe('ranges and deadlines', () => {
  it('a range is met inside, positive below and negative above', () => {
    const inside = scoreOne({ level2: 'quantity', target: '10-20个', actual: '15个' });
    expect([inside.score, inside.rule]).toEqual([10, 'range']);
    expect(inside.explain.zh).toBe('区间指标：实际值15个在10个至20个之间，得满分10分。');
    expect(
      scoreOne({ level2: 'quantity', target: '10-20个', actual: '5个', reason: '-' }).score,
    ).toBe(5);
    expect(
      scoreOne({ level2: 'quantity', target: '10-20个', actual: '25个', reason: '-' }).score,
    ).toBe(7.5);
  });

  it('a deadline is met on time and missed when late (met-or-not)', () => {
    const onTime = scoreOne({ level2: 'timeliness', target: '2019年12月', actual: '2019年11月' });
    expect([onTime.score, onTime.rule]).toEqual([10, 'deadline']);
    expect(
      scoreOne({ level2: 'timeliness', target: '2019年12月', actual: '2020年1月', reason: '-' })
        .score,
    ).toBe(0);
  });

  it('scores days taken like a lower-is-better number under elapsed-days', () => {
    // 2019-01-01 → 2019-12-31 is 364 days; → 2020-01-31 is 395: 10 × (1 − 31/364) = 9.148…
    const late = scoreOne(
      { level2: 'timeliness', target: '2019年12月', actual: '2020年1月', reason: '-' },
      withProfile({ deadline: 'elapsed-days' }),
    );
    expect([late.target, late.actual, late.score]).toEqual([364, 395, 9.15]);
  });

  it('reads words for a deadline by tier (按时完成)', () => {
    expect(scoreOne({ level2: 'timeliness', target: '2019年12月', actual: '按时完成' }).score).toBe(
      10,
    );
  });
});

describe('compound targets and yes/no', () => {
  it('takes the mean of the parts by default, the lowest under min', () => {
    const row: Row = {
      level2: 'quantity',
      target: '1本，20个项目',
      actual: '1本，18个项目',
      reason: '-',
    };
    expect(scoreOne(row).score).toBe(9.5);
    expect(scoreOne(row, withProfile({ compound: 'min' })).score).toBe(9);
  });

  it('gives full marks for the same answer and none for the other', () => {
    expect(scoreOne({ level2: 'quality', target: '是', actual: '是' }).score).toBe(10);
    expect(scoreOne({ level2: 'quality', target: '是', actual: '否', reason: '-' }).score).toBe(0);
  });
});

describe('a too-low target', () => {
  const row: Row = { level2: 'quantity', target: '≥100个', actual: '200个' };

  it('is flagged by default and keeps full marks', () => {
    const report = scoreTable(tableOf([{ weight: 10, ...row }]), NATIONAL_PROFILE);
    expect(report.indicators[0]!.score).toBe(10);
    expect(rules(report)).toContain('target-too-low');
  });

  it('loses the configured share under deduct', () => {
    const profile = withProfile({ tooLowTarget: { mode: 'deduct', ratio: 1.5, deduct: 0.1 } });
    const s = scoreOne(row, profile);
    expect(s.score).toBe(9);
    expect(s.explain.zh).toContain('扣1分');
  });

  it('is not judged below the ratio, nor when switched off', () => {
    const profile = withProfile({ tooLowTarget: { mode: 'deduct', ratio: 1.5, deduct: 0.1 } });
    expect(scoreOne({ ...row, actual: '149个' }, profile).score).toBe(10);
    const off = scoreTable(
      tableOf([{ weight: 10, ...row }]),
      withProfile({ tooLowTarget: { mode: 'off', ratio: 1.5, deduct: 0.1 } }),
    );
    expect(rules(off)).not.toContain('target-too-low');
  });
});

describe('qualitative indicators by tier (80–100%, 60–80%, 0–60% of w)', () => {
  const q = (actual: string, score: number | null) =>
    scoreTable(
      tableOf([
        { level2: 'social', target: '效果明显', actual, weight: 10, score, reason: '说明' },
      ]),
      NATIONAL_PROFILE,
    );

  it.each([
    ['达成', 9, 9],
    ['部分达成', 7, 7],
    ['未达成', 5, 5],
  ])('keeps a given score inside its tier: %s %d', (actual, given, expected) => {
    const r = q(actual, given);
    expect(r.indicators[0]!.score).toBe(expected);
    expect(rules(r)).not.toContain('score-outside-tier');
  });

  it.each([
    ['达成', 7, 8],
    ['部分达成', 9, 8],
    ['部分达成', 5, 6],
    ['未达成', 7, 6],
  ])(
    'moves a score outside its tier into it, with a finding: %s %d → %d',
    (actual, given, expected) => {
      const r = q(actual, given);
      expect(r.indicators[0]!.score).toBe(expected);
      expect(rules(r)).toContain('score-outside-tier');
    },
  );

  it.each([
    ['达成', 10, 'met'],
    ['基本完成', 6, 'partial'],
    ['未完成', 0, 'unmet'],
  ])('gives full, 60%% or 0 without a score: %s', (actual, expected, tier) => {
    const s = q(actual, null).indicators[0]!;
    expect([s.score, s.tier]).toEqual([expected, tier]);
  });

  it('reads an actual that repeats the target as met', () => {
    expect(q('效果明显', null).indicators[0]!.score).toBe(10);
  });

  it('cannot score words without a tier and says so', () => {
    const r = q('详见附件', null);
    expect([r.indicators[0]!.rule, r.complete]).toEqual(['unscorable', false]);
    expect(rules(r)).toContain('tier-unknown');
  });

  it('needs a deviation reason below full marks', () => {
    const r = scoreTable(
      tableOf([{ level2: 'social', target: '效果明显', actual: '部分达成', weight: 10 }]),
      NATIONAL_PROFILE,
    );
    expect(rules(r)).toContain('reason-missing');
  });
});

describe('weights', () => {
  it('shares each first-level weight equally, and rescales when one does not apply', () => {
    const rows: Row[] = [
      { level2: 'quantity', target: '≥10个', actual: '10个' },
      { level2: 'quality', target: '≥90%', actual: '95%' },
      { level2: 'timeliness', target: '2019年12月', actual: '2019年10月' },
      { level2: 'cost', target: '≤10万元', actual: '不适用' },
      { level2: 'social', target: '效果明显', actual: '达成' },
      { level2: 'satisfaction', target: '≥90%', actual: '92%' },
    ];
    const r = scoreTable(tableOf(rows), NATIONAL_PROFILE);
    const w = r.indicators.map((i) => i.weight);
    // 产出 50 over three applicable indicators, in hundredths that add up: 16.67 + 16.67 +
    // 16.66; the N/A one gets 0. A perfect table scores exactly 100.
    expect(w).toEqual([16.67, 16.67, 16.66, 0, 30, 10]);
    expect(r.indicators[3]!.rule).toBe('not-applicable');
    expect(r.indicators[0]!.weightSource).toBe('rescaled');
    expect([r.total, r.totalRaw, r.maxTotal]).toEqual([100, 100, 100]);
  });

  it('rescales weights the unit set in proportion when one does not apply', () => {
    const rows: Row[] = [
      { level2: 'quantity', target: '≥10个', actual: '10个', weight: 20 },
      { level2: 'quantity', target: '≥10个', actual: '10个', weight: 10 },
      { level2: 'quality', target: '≥10个', actual: '10个', weight: 10 },
      { level2: 'cost', target: '≤10万元', actual: 'N/A', weight: 10 },
    ];
    const r = scoreTable(tableOf(rows), NATIONAL_PROFILE);
    expect(r.indicators.map((i) => i.weight)).toEqual([25, 12.5, 12.5, 0]);
  });

  it('passes the weight of an empty first level on to the others', () => {
    const r = scoreTable(
      tableOf([
        { level2: 'quantity', target: '≥10个', actual: '10个' },
        { level2: 'social', target: '≥10个', actual: '10个' },
      ]),
      NATIONAL_PROFILE,
    );
    // No 满意度: 50 and 30 become 50 × 90/80 = 56.25 and 30 × 90/80 = 33.75.
    expect(r.indicators.map((i) => i.weight)).toEqual([56.25, 33.75]);
    expect(rules(r)).toContain('group-empty');
    expect(r.maxTotal).toBe(100);
  });

  it('reports weights that do not add up to the first-level weight', () => {
    const r = scoreTable(
      tableOf([
        { level2: 'quantity', target: '≥10个', actual: '10个', weight: 40 },
        { level2: 'social', target: '≥10个', actual: '10个', weight: 30 },
        { level2: 'satisfaction', target: '≥90%', actual: '95%', weight: 10 },
      ]),
      NATIONAL_PROFILE,
    );
    expect(rules(r)).toContain('weights-sum');
    expect(r.maxTotal).toBe(90);
  });
});

describe('budget execution (rate = spent / budget, score = rate × w, capped)', () => {
  const run = (spent: string, reason: string | null = null) =>
    scoreTable(
      tableOf([{ level2: 'quantity', target: '≥1个', actual: '1个' }], {
        initialBudget: '900000.00',
        budget: '1000000.00',
        spent,
      }),
      NATIONAL_PROFILE,
      { executionReason: reason },
    );

  it('below 100%: rate × weight', () => {
    const r = run('950000.00');
    expect([r.budget.rate, r.budget.score]).toEqual([0.95, 9.5]);
    expect(r.budget.explain.zh).toContain('= 95%');
  });

  it('above 100%: capped at the weight, with a note', () => {
    const r = run('1200000.00');
    expect([r.budget.rate, r.budget.score]).toEqual([1.2, 10]);
    expect(rules(r)).toContain('execution-over-budget');
  });

  it('below 90% needs an explanation', () => {
    expect(rules(run('800000.00'))).toContain('execution-explanation');
    expect(rules(run('800000.00', '政府采购延期'))).not.toContain('execution-explanation');
    expect(run('800000.00').budget.score).toBe(8);
  });

  it('uses 年初预算数 when the profile says so', () => {
    const profile = withProfile({
      budget: { weight: 10, base: 'initialBudget', explainBelow: 0.9 },
    });
    const r = scoreTable(
      tableOf([{ level2: 'quantity', target: '≥1个', actual: '1个' }], {
        initialBudget: '900000.00',
        budget: '1000000.00',
        spent: '810000.00',
      }),
      profile,
    );
    expect([r.budget.base, r.budget.rate, r.budget.score]).toEqual(['initialBudget', 0.9, 9]);
  });

  it('without execution data earns nothing and says so', () => {
    const r = scoreTable(tableOf([{ level2: 'quantity', target: '≥1个', actual: '1个' }], null));
    expect([r.budget.score, r.budget.rate, r.complete]).toEqual([0, null, false]);
    expect(rules(r)).toContain('execution-missing');
  });
});

describe('rounding and grades', () => {
  const row: Row = { level2: 'quantity', target: '≥3个', actual: '2个', weight: 10, reason: '-' };

  it('rounds half-up to two places by default and keeps the raw value', () => {
    const s = scoreOne(row);
    expect(s.score).toBe(6.67);
    expect(s.scoreRaw).toBeCloseTo(20 / 3, 9);
  });

  it('floors to integers when the profile says so', () => {
    const floor = withProfile({ rounding: { method: 'floor', places: 0, apply: 'each' } });
    expect(scoreOne(row, floor).score).toBe(6);
  });

  it('rounds only the total under apply: total', () => {
    const total = withProfile({ rounding: { method: 'floor', places: 0, apply: 'total' } });
    const rows: Row[] = [row, { ...row, name: '另一个' }, { ...row, name: '第三个' }];
    const r = scoreTable(tableOf(rows), total);
    // Three times 6.666…, plus the full budget 10: 30 exactly, where each-floor would give 28.
    expect(r.total).toBe(30);
  });

  it('rounds 4.005 half-up to 4.01 despite binary floats', () => {
    const s = scoreOne({
      level2: 'quantity',
      target: '≥1000个',
      actual: '400.5个',
      weight: 10,
      reason: '-',
    });
    expect(s.score).toBe(4.01);
  });

  const boundary = (actual: string) =>
    scoreTable(
      tableOf([
        { level2: 'quantity', target: '≥5000人', actual, weight: 50, reason: '-' },
        {
          level2: 'social',
          target: '效果明显',
          actual: '部分达成',
          weight: 30,
          score: 20,
          reason: '-',
        },
        { level2: 'satisfaction', target: '≥90%', actual: '95%', weight: 10 },
      ]),
      NATIONAL_PROFILE,
    );

  it('89.99 is 良 and 90 is 优', () => {
    const below = boundary('4999人'); // 49.99 + 20 + 10 + 10
    expect([below.total, below.grade, below.gradeLabel.zh]).toEqual([89.99, 'good', '良']);
    const at = boundary('5000人');
    expect([at.total, at.grade, at.gradeLabel.zh]).toEqual([90, 'excellent', '优']);
  });

  it('uses the profile boundaries (80/70/60)', () => {
    const profile = withProfile({
      grades: [
        { grade: 'excellent', min: 80 },
        { grade: 'good', min: 70 },
        { grade: 'fair', min: 60 },
        { grade: 'poor', min: 0 },
      ],
    });
    const r = scoreTable(
      tableOf([{ level2: 'quantity', target: '≥100个', actual: '80个', weight: 90, reason: '-' }]),
      profile,
    );
    expect([r.total, r.grade]).toEqual([82, 'excellent']);
  });
});

describe('the three profiles on one table', () => {
  // Two outputs (80% and met), one outcome (met), one satisfaction (95% of its target);
  // half of the budget spent.
  const table = tableOf(
    [
      { level2: 'quantity', target: '≥100个', actual: '80个', reason: '-' },
      { level2: 'quality', target: '≥90%', actual: '95%' },
      { level2: 'social', target: '效果明显', actual: '达成' },
      { level2: 'satisfaction', target: '≥90%', actual: '85.5%', reason: '-' },
    ],
    { budget: '1000000.00', spent: '500000.00' },
  );

  it('national: 5 + 20 + 25 + 30 + 9.5 = 89.5 (良)', () => {
    const r = scoreTable(table, NATIONAL_PROFILE);
    expect(r.indicators.map((i) => i.score)).toEqual([20, 25, 30, 9.5]);
    expect([r.budget.score, r.total, r.gradeLabel.zh]).toEqual([5, 89.5, '良']);
    expect(r.groups.map((g) => [g.label.zh, g.weight, g.score])).toEqual([
      ['产出', 50, 45],
      ['效益', 30, 30],
      ['满意度', 10, 9.5],
    ]);
  });

  it('Sichuan: 5 + 22.5 × (0.8 + 1 + 1 + 0.95) = 89.38 (良)', () => {
    const r = scoreTable(table, SICHUAN_PROFILE);
    expect(r.indicators.map((i) => i.score)).toEqual([18, 22.5, 22.5, 21.38]);
    expect([r.budget.score, r.total, r.grade]).toEqual([5, 89.38, 'good']);
  });

  it('Hubei: 10 + 20 × (0.8 + 1 + 1 + 0.95) = 85 (良)', () => {
    const r = scoreTable(table, HUBEI_PROFILE);
    expect(r.indicators.map((i) => i.score)).toEqual([16, 20, 20, 19]);
    expect([r.budget.score, r.total, r.maxTotal]).toEqual([10, 85, 100]);
  });
});

describe('bad input is a finding, never an exception', () => {
  it('an actual that is not a number for a quantitative indicator', () => {
    const r = scoreTable(
      tableOf([{ level2: 'quantity', target: '≥100个', actual: '已完成', weight: 10 }]),
    );
    const s = r.indicators[0]!;
    expect([s.score, s.rule, r.complete]).toEqual([0, 'unscorable', false]);
    const f = r.findings.find((x) => x.rule === 'actual-not-a-number')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('已完成');
    expect(f.messageEn).toContain('not a number');
  });

  it('an actual in another kind of unit', () => {
    const r = scoreTable(
      tableOf([{ level2: 'quality', target: '≥95%', actual: '30个', weight: 10 }]),
    );
    expect(r.indicators[0]!.rule).toBe('unscorable');
    expect(rules(r)).toContain('actual-unit-mismatch');
  });

  it('a missing actual is not a zero that passes silently', () => {
    const r = scoreTable(tableOf([{ level2: 'quantity', target: '≥100个', weight: 10 }]));
    expect(rules(r)).toContain('actual-missing');
    expect(r.complete).toBe(false);
  });

  it('a stated score above its weight', () => {
    const r = scoreTable(
      tableOf([{ level2: 'quantity', target: '≥100个', actual: '100个', weight: 10, score: 12 }]),
    );
    expect(rules(r)).toContain('score-above-weight');
    expect(r.indicators[0]!.score).toBe(10);
  });
});

describe('the audit of stated scores', () => {
  it('lists the rows whose stated score disagrees, and checks the stated total', () => {
    const rows: Row[] = [
      { level2: 'quantity', target: '≥100个', actual: '80个', weight: 50, score: 45, reason: '-' },
      { level2: 'social', target: '效果明显', actual: '达成', weight: 30, score: 28 },
      { level2: 'satisfaction', target: '≥90%', actual: '92%', weight: 10, score: 10 },
    ];
    const r = scoreTable(
      tableOf(
        rows,
        { budget: '1000000.00', spent: '950000.00' },
        {
          total: 93,
          budget: { weight: 10, rate: 0.95, score: 9.5 },
        },
      ),
    );
    expect(r.stated?.disagreements).toEqual([
      { index: 0, name: '指标1', stated: 45, computed: 40, difference: 5 },
      { index: 'total', name: '总分', stated: 93, computed: 87.5, difference: 5.5 },
    ]);
    // 45 + 28 + 10 + 9.5 = 92.5, not the 93 the table states.
    expect(r.stated?.sum).toBe(92.5);
    expect(rules(r)).toEqual(
      expect.arrayContaining(['stated-disagrees', 'stated-total-sum', 'stated-total-disagrees']),
    );
  });

  it('has no audit when the table states nothing', () => {
    expect(
      scoreTable(tableOf([{ level2: 'quantity', target: '≥1个', actual: '1个' }])).stated,
    ).toBeUndefined();
  });
});

describe('percentages written with their counts', () => {
  it('reads 88%（176/200） by its counts: 15 × 88 / 90 = 14.67', () => {
    const s = scoreOne({
      level2: 'satisfaction',
      target: '≥90%',
      actual: '88%（176/200）',
      weight: 15,
      reason: '-',
    });
    expect([s.score, s.counts]).toEqual([14.67, { numerator: 176, denominator: 200 }]);
  });
});

describe('what the unit or evaluator decides beyond the table', () => {
  it('overrides the direction, the applicability, the tier and a qualitative score', () => {
    const table = tableOf([
      { level2: 'cost', target: '100万元', actual: '120万元', weight: 10, reason: '-' },
      { level2: 'quantity', target: '≥10个', actual: '5个', weight: 10 },
      { level2: 'social', target: '效果明显', actual: '详见附件', weight: 10, reason: '-' },
      { level2: 'quantity', target: '≥10个', actual: '10个', weight: 10 },
    ]);
    const r = scoreTable(table, NATIONAL_PROFILE, {
      overrides: [
        { index: 0, direction: 'lower' },
        { index: 1, notApplicable: true },
        { index: 2, tier: 'partial', score: 7 },
      ],
    });
    // 产出 had 10 + 10 + 10; the dropped 10 goes to the other two in proportion: 15 each.
    expect(r.indicators.map((i) => i.weight)).toEqual([15, 0, 10, 15]);
    expect(r.indicators[1]!.rule).toBe('not-applicable');
    // A bare 100万元 reads "at least" until the unit says this cost is lower-is-better:
    // 15 × (1 − 20/100) = 12.
    expect([r.indicators[0]!.direction, r.indicators[0]!.score]).toEqual(['lower', 12]);
    expect([r.indicators[2]!.tier, r.indicators[2]!.score]).toEqual(['partial', 7]);
  });
});
