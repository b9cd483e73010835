import { describe, expect, it } from 'vitest';
import { tableOf } from '../../../test/support/indicator-table.js';
import { parseTargetValue } from '../value/parse.js';
import { monitorTable } from './monitor-table.js';
import type { MonitoringEntry, MonitoringInput } from './monitoring-report.js';
import { NATIONAL_MONITORING, QUARTERLY_MONITORING } from './profiles.js';

const table = tableOf(
  [
    { level2: 'quantity', name: '培训人次', target: '≥1000人次' },
    { level2: 'quality', name: '验收合格率', target: '≥95%' },
    { level2: 'cost', name: '活动成本', target: '≤100万元' },
    { level2: 'social', name: '社会效益', target: '效果明显' },
    { level2: 'timeliness', name: '完成时间', target: '2019年12月' },
  ],
  { budget: '1000000.00', spent: null },
);

const entry = (
  index: number,
  current: string | null,
  expected: string | null,
  more: Partial<MonitoringEntry> = {},
): MonitoringEntry => ({
  index,
  current: current === null ? null : parseTargetValue(current, { year: 2019 }),
  expected: expected === null ? null : parseTargetValue(expected, { year: 2019 }),
  deviation: null,
  likelihood: null,
  ...more,
});

const at7 = (spent: string | null, entries: MonitoringEntry[] = []): MonitoringInput => ({
  month: 7,
  execution: { budget: '1000000.00', spent },
  entries,
});

describe('budget execution light at 1–7月 (v = rate / (7/12) × 100)', () => {
  it.each([
    ['300000.00', 51.43, 'red'],
    ['400000.00', 68.57, 'yellow'],
    ['500000.00', 85.71, 'green'],
    ['700000.00', 120, 'green'],
  ])('spent %s: v = %d, %s', (spent, v, light) => {
    const report = monitorTable(table, at7(spent));
    expect([report.budget.v, report.budget.light]).toEqual([v, light]);
    expect(report.period.zh).toBe('1–7月');
    expect(report.timeProgress).toBeCloseTo(7 / 12, 12);
    expect(report.budget.explain.zh).toContain(`v = `);
  });

  it('applies the thresholds after rounding: 79.996 shows as 80 and is green', () => {
    // 466643.33 / 1000000 / (7/12) × 100 = 79.99599…
    expect(monitorTable(table, at7('466643.33')).budget).toMatchObject({ v: 80, light: 'green' });
    expect(monitorTable(table, at7('466600.00')).budget).toMatchObject({
      v: 79.99,
      light: 'yellow',
    });
  });

  it('uses the profile checkpoint: a quarter is 3/12 of the year', () => {
    const report = monitorTable(
      table,
      { month: 3, execution: { budget: '1000000.00', spent: '150000.00' }, entries: [] },
      QUARTERLY_MONITORING,
    );
    expect([report.budget.v, report.budget.light]).toEqual([60, 'yellow']);
    expect(report.findings.map((f) => f.rule)).not.toContain('checkpoint-unknown');
    expect(monitorTable(table, { ...at7('1.00'), month: 5 }).findings.map((f) => f.rule)).toContain(
      'checkpoint-unknown',
    );
  });

  it('has no light without execution data, and says so', () => {
    const report = monitorTable(table, at7(null));
    expect(report.budget.light).toBe('none');
    expect(report.findings.map((f) => f.rule)).toContain('execution-missing');
  });
});

describe('indicator lights', () => {
  const one = (e: MonitoringEntry) =>
    monitorTable(table, at7('500000.00', [e])).indicators[e.index]!;

  it('a count behind time progress is yellow even when the year-end looks fine', () => {
    // 400 of 1000 is 40%; 40 / 58.33 × 100 = 68.57 → yellow. Expected 1000 → 100% → green.
    const i = one(entry(0, '400人次', '1000人次'));
    expect(i.signals).toEqual([
      { kind: 'expected', value: 100, light: 'green' },
      { kind: 'progress', value: 68.57, light: 'yellow' },
    ]);
    expect(i.light).toBe('yellow');
  });

  it('a count ahead of progress and expected over target is green', () => {
    expect(one(entry(0, '600人次', '1100人次')).light).toBe('green');
  });

  it('an expected miss by more than 20% is red and needs a reason', () => {
    const report = monitorTable(table, at7('500000.00', [entry(0, '600人次', '700人次')]));
    expect(report.indicators[0]).toMatchObject({
      expectedPercent: 70,
      deviation: 0.3,
      light: 'red',
    });
    expect(report.findings.map((f) => f.rule)).toContain('deviation-reason-missing');
    const explained = monitorTable(
      table,
      at7('500000.00', [
        entry(0, '600人次', '700人次', { deviation: { category: 'funding', text: '资金未到位' } }),
      ]),
    );
    expect(explained.findings.map((f) => f.rule)).not.toContain('deviation-reason-missing');
  });

  it('a rate is not held to time progress', () => {
    const i = one(entry(1, '96%', '96%'));
    expect(i.signals.map((s) => s.kind)).toEqual(['expected']);
    expect(i.light).toBe('green');
  });

  it('a cost over its ceiling is judged t/a and the deviation both ways', () => {
    const over = monitorTable(table, at7('500000.00', [entry(2, '60万元', '120万元')]));
    expect(over.indicators[2]).toMatchObject({ expectedPercent: 83.33, light: 'yellow' });
    expect(over.findings.map((f) => f.rule)).not.toContain('deviation-reason-missing');
    const far = monitorTable(table, at7('500000.00', [entry(2, '60万元', '130万元')]));
    expect(far.indicators[2]!.light).toBe('red');
    expect(far.findings.map((f) => f.rule)).toContain('deviation-reason-missing');
  });

  it.each([
    ['达成', 'green'],
    ['部分达成', 'yellow'],
    ['未达成', 'red'],
  ])('qualitative %s is %s', (expected, light) => {
    expect(one(entry(3, null, expected)).light).toBe(light);
  });

  it('完成目标可能性 counts: 完全不可能 turns a green indicator red', () => {
    const i = one(entry(1, '96%', '96%', { likelihood: 'impossible' }));
    expect(i.light).toBe('red');
    expect(i.explain.zh).toContain('完全不可能');
  });

  it('an unreported indicator has no light and is listed', () => {
    const report = monitorTable(table, at7('500000.00', [entry(0, '600人次', '1100人次')]));
    expect(report.lights).toEqual({ green: 1, yellow: 0, red: 0, none: 4 });
    const missing = report.findings.find((f) => f.rule === 'entry-missing')!;
    expect(missing.indicators).toEqual([1, 2, 3, 4]);
  });

  it('bad values and unknown indicators are findings, not exceptions', () => {
    const report = monitorTable(
      table,
      at7('500000.00', [entry(0, 'abc', '很多'), entry(99, '1', '1')]),
    );
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('value-not-a-number');
    expect(rules).toContain('entry-unknown-indicator');
    expect(report.indicators[0]!.light).toBe('none');
  });
});

describe('the national profile', () => {
  it('reports at 1–7月', () => {
    expect(NATIONAL_MONITORING.checkpoints).toEqual([7]);
  });
});
