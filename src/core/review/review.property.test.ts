import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exampleTable } from './example.js';
import { review } from './review.js';

/** Text as people and broken files produce it: CJK, brackets, comparators, digits, noise. */
const messy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'率数量费《》（）〔〕【】“”≥≧≤%起次个人场万元年月日及时的跨年XX**;；。，、 ',
      ),
      fc.string({ maxLength: 3 }),
      fc.integer({ min: -5, max: 3000 }).map(String),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const label = fc.constantFrom(
  '数量',
  '质量',
  '时效',
  '成本',
  '社会效益',
  '满意度',
  '效益指标',
  '',
  '其他',
);

describe('review on any input', () => {
  it('never throws, and every finding is complete and points at real rows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(label, messy, messy, messy), { maxLength: 25 }),
        fc.option(fc.integer({ min: 1990, max: 2199 })),
        (rows, year) => {
          const table = exampleTable({ rows, project: { year } });
          const { findings, summary } = review(table);
          expect(summary.error + summary.warning + summary.info).toBe(findings.length);
          for (const f of findings) {
            expect(f.message.length).toBeGreaterThan(0);
            expect(f.messageEn.length).toBeGreaterThan(0);
            for (const k of f.indicators ?? []) expect(k).toBeLessThan(rows.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reviews huge values and names, quoting only their beginning', () => {
    const huge = '促进'.repeat(50_000);
    const table = exampleTable({
      rows: [['社会效益', huge, `${'及时'.repeat(50_000)}》`, `《${huge}`]],
    });
    const { findings } = review(table);
    expect(findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['goal-as-name', 'truncated-citation']),
    );
    for (const f of findings) expect(f.message.length).toBeLessThan(400);
  });
});
