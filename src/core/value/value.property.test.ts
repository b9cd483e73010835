import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameTargetValue } from './compare.js';
import { canonicalNotation, formatTargetValue } from './format.js';
import { parseTargetValue } from './parse.js';
import type { TargetValue } from './target-value.js';

/** Pieces people type into target-value cells, to build strings that look like real values. */
const PIECES = [
  '≥',
  '≤',
  '≧',
  '>',
  '<',
  '=',
  '》',
  '约',
  '不少于',
  '不超过',
  '达到',
  '以上',
  '以内',
  '左右',
  '-',
  '~',
  '至',
  '%',
  '％',
  '个',
  '人次',
  '万元',
  '万人次',
  '场',
  '次',
  '/',
  '月',
  '年',
  '日',
  '2019',
  '12',
  '31',
  '0.5',
  '1,000',
  '，',
  '；',
  '。',
  '及时',
  '是',
  '否',
  'XX',
  '**',
  '本年内',
  '完成',
  '提升',
  '满意度',
  '合格率',
  ' ',
  '　',
  '（',
  '）',
  '【2011】',
  '第',
  '季度',
  '上半年',
  '一',
  '两',
  '十',
];
const pieceString = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 12 })
  .map((xs) => xs.join(''));
const anyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  pieceString,
);

describe('target values: properties', () => {
  it('parsing never throws and always keeps the raw text', () => {
    fc.assert(
      fc.property(
        anyString,
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
        (s, year) => {
          const v = parseTargetValue(s, { year });
          expect(v.raw).toBe(s);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('formatting then parsing gives back the same value', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const v = parseTargetValue(s, { year: 2019 });
        const text = formatTargetValue(v, { year: 2019 });
        expect(sameTargetValue(parseTargetValue(text, { year: 2019 }), v), `${s} → ${text}`).toBe(
          true,
        );
      }),
      { numRuns: 3000 },
    );
  });

  const subject = fc.option(
    fc.constantFrom('服务对象满意度', '认可率', '形成项目储备', '培训人员'),
    { nil: undefined },
  );
  const unit = fc.constantFrom(null, '%', '个', '人次', '万元', '场', '万人次', '天');
  const amount = fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
  );
  const generated: fc.Arbitrary<TargetValue> = fc.oneof(
    fc
      .record({ op: fc.constantFrom('>=', '<=', '>', '<', '=', '≈'), value: amount, unit, subject })
      .map(
        ({ op, value, unit, subject }) =>
          ({
            kind: 'number',
            raw: '',
            op,
            value,
            unit,
            ...(subject ? { subject } : {}),
          }) as TargetValue,
      ),
    fc
      .record({ value: amount, unit })
      .map(
        ({ value, unit }) =>
          ({ kind: 'number', raw: '', op: '=', value, unit, implicit: true }) as TargetValue,
      ),
    fc.record({ a: amount, b: amount, unit }).map(
      ({ a, b, unit }) =>
        ({
          kind: 'number',
          raw: '',
          op: 'between',
          min: Math.min(a, b),
          max: Math.max(a, b),
          unit,
        }) as TargetValue,
    ),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map(
        (d) =>
          ({ kind: 'date', raw: '', op: '<=', value: d.toISOString().slice(0, 10) }) as TargetValue,
      ),
    fc.boolean().map((value) => ({ kind: 'boolean', raw: '', value }) as TargetValue),
  );

  it('the canonical notation of generated values reads back as the same value', () => {
    fc.assert(
      fc.property(generated, (v) => {
        const text = canonicalNotation(v);
        expect(sameTargetValue(parseTargetValue(text, { year: 2019 }), v), text).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
