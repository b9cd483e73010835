/**
 * The review of the real 2019 Shenzhen seed table: what a reviewer must find on it, and the
 * sound rows on which the engine must stay silent.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding, ReviewResult } from '../../src/core/review/index.js';
import { review } from '../../src/core/review/index.js';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { readSeed } from '../support/seed.js';

let table: TargetTable;
let result: ReviewResult;

beforeAll(async () => {
  table = await readSeed();
  result = review(table);
});

const lines = (f: Finding): (number | undefined)[] => (f.at ?? []).map((a) => a.line);
const of = (rule: string): Finding[] => result.findings.filter((f) => f.rule === rule);
/** The lines a rule flags, one entry per finding (a group of lines for cross-row findings). */
const flagged = (rule: string): (number | undefined)[][] => of(rule).map(lines);
const atLine = (line: number): Finding[] => result.findings.filter((f) => lines(f).includes(line));

describe('review of the seed table', () => {
  it('finds the conflicting 项目数量 rows, quoting both values', () => {
    const [conflict] = of('conflicting-indicator').filter((f) => lines(f).includes(63));
    expect(lines(conflict!)).toEqual([63, 67]);
    expect(conflict!.severity).toBe('error');
    expect(conflict!.message).toContain('1本，20个项目');
    expect(conflict!.message).toContain('形成项目储备20个左右');
  });

  it('finds the three identical 资助的科普活动工作达标率 rows, and the fourth without 的', () => {
    expect(flagged('duplicate-indicator')).toContainEqual([77, 93, 103]);
    expect(flagged('near-duplicate')).toContainEqual([73, 77, 93, 103]);
  });

  it('finds 正常运行率 measured in 起 on all four rows', () => {
    expect(flagged('rate-with-count-unit')).toEqual([[154], [160], [161], [169]]);
    expect(of('rate-with-count-unit').every((f) => f.severity === 'error')).toBe(true);
    // 160 and 161 also contradict each other (5起 and 1起).
    expect(flagged('conflicting-indicator')).toContainEqual([160, 161]);
  });

  it('finds 海洋论坛差旅费 under 数量 without a unit', () => {
    const rules = atLine(33).map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['money-without-unit', 'cost-under-quantity', 'source-no-basis']),
    );
    expect(of('cost-under-quantity').find((f) => lines(f)[0] === 33)!.suggestion).toBe(
      '移至成本指标并注明单位（万元）',
    );
  });

  it('finds 课题通过率 under 满意度', () => {
    expect(flagged('not-satisfaction')).toEqual([[190]]);
  });

  it('finds the four different numbers cited for the same 深财教函 document', () => {
    const [conflict] = of('citation-number-conflict');
    expect(of('citation-number-conflict')).toHaveLength(1);
    for (const n of ['1441', '1461', '1473', '1474']) expect(conflict!.message).toContain(`${n}号`);
    expect(lines(conflict!)).toEqual([65, 109, 149, 169, 193]);
  });

  it('finds the truncated citations, among them line 29', () => {
    expect(flagged('truncated-citation')).toEqual([[29], [124], [130]]);
  });

  it('finds 部分课题需跨年完成 against a project that ends 2019-12-31', () => {
    const [late] = of('deadline-after-end');
    expect(lines(late!)).toEqual([146]);
    expect(late!.message).toContain('部分课题需跨年完成');
    expect(late!.message).toContain('2019-12-31');
  });

  it('warns that this legacy table has no cost indicator', () => {
    const [cost] = of('missing-cost');
    expect(cost!.severity).toBe('warning');
    expect(cost!.indicators).toBeUndefined();
    expect(of('missing-category')).toEqual([]);
  });

  it('finds what else a reviewer would write', () => {
    expect(flagged('rate-with-text')).toEqual([[109]]);
    expect(flagged('value-repeats-name')).toEqual([[148]]);
    expect(flagged('empty-name')).toEqual([[118], [146], [147], [151]]);
    expect(flagged('timely-without-deadline').flat()).toEqual([
      115, 120, 121, 125, 126, 127, 128, 129, 131, 132, 133, 138, 141, 143, 144, 145, 149,
    ]);
    expect(flagged('name-value-disagree')).toEqual([[162]]);
    expect(flagged('satisfaction-without-comparator')).toEqual([[175], [176]]);
    expect(flagged('nonstandard-comparator')).toEqual([[172], [179], [181], [183], [187], [188]]);
    expect(flagged('rate-under-quantity')).toEqual([[64], [68]]);
    expect(flagged('count-under-quality')).toEqual([[97], [98]]);
    expect(flagged('indicator-in-two-categories')).toEqual([
      [51, 97],
      [53, 98],
    ]);
    expect(flagged('vague-value')).toEqual([[118], [155], [167], [170]]);
    expect(flagged('indicator-count')).toEqual([[]]);
    expect(flagged('approximate-target')).toEqual([[62], [67], [170]]);
  });

  it('finds the 〔2016〕, （2016） and [2016] bracket styles of one document number', () => {
    const messages = of('citation-bracket-style').map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('深府〔2016〕87号');
    expect(messages[1]).toContain('深编〔2016〕135号');
    expect(flagged('citation-bracket-style')[0]).toEqual([31]);
  });

  it('stays silent on sound rows', () => {
    const sound = [
      20, 21, 22, 23, 24, 25, 26, 27, 28, 36, 43, 44, 49, 54, 58, 69, 70, 71, 72, 78, 81, 82, 83,
      112, 113, 114, 119, 122, 123, 152, 174, 178, 180, 182,
    ];
    for (const line of sound) {
      const loud = atLine(line).filter((f) => f.severity !== 'info');
      expect(loud.map((f) => `${line} ${f.rule}: ${f.message}`)).toEqual([]);
    }
  });

  it('points every finding at real indicator rows', () => {
    const rows = new Set(table.indicators.map((i) => i.at.line));
    for (const f of result.findings) {
      expect(f.indicators?.length ?? 0).toBe(f.at?.length ?? 0);
      for (const line of lines(f)) expect(rows).toContain(line);
      for (const k of f.indicators ?? []) expect(table.indicators[k]).toBeDefined();
    }
  });

  it('counts findings by severity', () => {
    const { summary, findings } = result;
    expect(summary.error + summary.warning + summary.info).toBe(findings.length);
    expect(summary.error).toBe(findings.filter((f) => f.severity === 'error').length);
    expect(summary.error).toBeGreaterThanOrEqual(10);
  });
});
