/**
 * Review of tables of the other frameworks and regions: a sound MoF 2021 county table and a
 * sound 投入/产出/效果 city table must pass without errors or warnings; their defective filings
 * must be caught rule by rule. A provincial profile changes what is reported.
 */

import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  type Finding,
  parseReviewProfile,
  type ReviewProfile,
  review,
} from '../../src/core/review/index.js';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { defectiveCn2021Table, soundCn2021Table } from '../fixtures/review/cn-2021.js';
import {
  defectiveInputOutputTable,
  soundInputOutputTable,
} from '../fixtures/review/input-output-outcome.js';

const loud = (t: TargetTable): string[] =>
  review(t)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => `${f.rule}: ${f.message}`);

const rulesAt = (findings: readonly Finding[]): Record<string, (number | undefined)[]> => {
  const out: Record<string, (number | undefined)[]> = {};
  for (const f of findings) {
    const lines = (f.at ?? [{}]).map((a) => a.line);
    out[f.rule] = [...(out[f.rule] ?? []), ...lines];
  }
  return out;
};

async function provinceProfile(): Promise<ReviewProfile> {
  const path = 'profiles/review/province-strict.json';
  const parsed = parseReviewProfile(JSON.parse(await readFile(path, 'utf8')), path);
  if (!parsed.ok) throw new Error(parsed.error.en);
  return parsed.profile;
}

describe('a MoF 2021 table (财预〔2021〕101号)', () => {
  it('passes when sound', () => {
    const table = soundCn2021Table();
    expect(table.framework).toBe('cn-2021');
    expect(table.indicators.every((i) => i.level2 !== null)).toBe(true);
    expect(loud(table)).toEqual([]);
  });

  it('catches a defective filing, with cost required as an error', () => {
    const { findings } = review(defectiveCn2021Table());
    const at = rulesAt(findings);
    expect(at['number-without-unit']).toEqual([10]);
    expect(at['rate-with-text']).toEqual([12]);
    expect(at['deadline-after-end']).toEqual([13]);
    expect(at['vague-value']).toEqual([14]);
    expect(at['not-satisfaction']).toEqual([15]);
    expect(at['amounts-mismatch']).toEqual([undefined]);
    const missing = findings.filter((f) => f.rule === 'missing-category');
    expect(missing.map((f) => [f.severity, f.message])).toEqual([
      ['error', '缺少“成本指标”类指标（项目支出绩效目标表（财政部2021）要求至少一项）'],
    ]);
    expect(at['missing-cost']).toBeUndefined();
    expect(findings.find((f) => f.rule === 'number-without-unit')!.suggestion).toBe(
      '注明单位，如“12000人”',
    );
  });
});

describe('a 投入/产出/效果 table', () => {
  it('passes when sound, with 时效 and 成本 declared under 投入', () => {
    const table = soundInputOutputTable();
    expect(table.indicators[0]).toMatchObject({ level1: 'output', level2: 'timeliness' });
    expect(loud(table)).toEqual([]);
  });

  it('catches a defective filing', () => {
    const at = rulesAt(review(defectiveInputOutputTable()).findings);
    expect(at['vague-value']).toEqual([10]);
    expect(at['money-without-unit']).toEqual([11]);
    expect(at['source-no-basis']).toEqual([11]);
    expect(at['percent-out-of-range']).toEqual([13]);
    expect(at['suspicious-direction']).toEqual([14]);
    expect(at['satisfaction-without-comparator']).toEqual([15]);
    expect(at['missing-category']).toBeUndefined();
  });
});

describe('a provincial profile', () => {
  it('validates and changes severities, thresholds and what runs', async () => {
    const profile = await provinceProfile();
    const table = defectiveInputOutputTable();
    const national = rulesAt(review(table).findings);
    const { findings } = review(table, profile);
    const severity = (rule: string) => findings.find((f) => f.rule === rule)?.severity;
    expect(national['satisfaction-without-comparator']).toBeDefined();
    expect(severity('satisfaction-without-comparator')).toBe('warning');

    const seedLike = soundCn2021Table();
    expect(review(seedLike, profile).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('makes a missing cost indicator an error on a legacy form', async () => {
    const profile = await provinceProfile();
    const legacy = { ...soundInputOutputTable() };
    const noCost = { ...legacy, indicators: legacy.indicators.filter((i) => i.level2 !== 'cost') };
    expect(review(noCost).findings.find((f) => f.rule === 'missing-cost')?.severity).toBe(
      'warning',
    );
    expect(review(noCost, profile).findings.find((f) => f.rule === 'missing-cost')?.severity).toBe(
      'error',
    );
  });
});
