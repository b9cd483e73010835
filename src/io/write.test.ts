import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, type FrameworkId } from '../core/framework/frameworks.js';
import {
  emptyProject,
  type Indicator,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from '../core/table/target-table.js';
import { parseTargetValue } from '../core/value/parse.js';
import { readTargetTables } from './read.js';
import { formatOfPath, type WriteFormat, writeTargetTables } from './write.js';

/** Characters units really type, with the ones that break naive writers (quotes, <, &, commas). */
const ALPHABET = [
  ...'科学技术普及活动满意度人次场个≥≤%％（）()《》【】〔〕“”、，。；：',
  ...'abcXYZ0123456789.-+=@/<>&"\',;|*?[]#',
];

/**
 * One cell of text as a reader keeps it: no runs of spaces; CSV also has no leading formula
 * sign (it is kept inert behind an apostrophe, which reads back as written).
 */
const cellTextOf = (formulaStart: boolean) =>
  fc
    .array(fc.constantFrom(...ALPHABET, ' '), { minLength: 1, maxLength: 30 })
    .map((chars) => chars.join('').replace(/ +/g, ' ').trim())
    .filter((t) => t !== '' && (formulaStart || !/^[=+\-@]/.test(t)));

const indicatorArb = (framework: FrameworkId, cellText: fc.Arbitrary<string>) =>
  fc
    .record({
      category: fc.constantFrom(
        ...FRAMEWORKS[framework].groups.flatMap((g) => g.categories.map((c) => ({ g, c }))),
      ),
      name: cellText,
      target: cellText,
      source: fc.option(cellText, { nil: null }),
    })
    .map(
      ({ category, name, target, source }): Indicator => ({
        level1: category.c.level1,
        level2: category.c.level2,
        level1Label: category.g.label,
        level2Label: category.c.label,
        name,
        target: parseTargetValue(target, { year: 2021 }),
        source,
        actual: null,
        weight: null,
        score: null,
        at: {},
      }),
    );

const tableArb = (formulaStart: boolean) =>
  fc.constantFrom<FrameworkId>('cn-2019', 'cn-2021').chain((framework) =>
    fc.record({
      framework: fc.constant(framework),
      name: cellTextOf(formulaStart),
      indicators: fc.array(indicatorArb(framework, cellTextOf(formulaStart)), {
        minLength: 1,
        maxLength: 12,
      }),
    }),
  );

function table(t: { framework: FrameworkId; name: string; indicators: Indicator[] }): TargetTable {
  // Categories in the order of the form, as a table is laid out.
  const order = FRAMEWORKS[t.framework].groups.flatMap((g) => g.categories.map((c) => c.level2));
  const indicators = [...t.indicators].sort(
    (a, b) => order.indexOf(a.level2!) - order.indexOf(b.level2!),
  );
  return {
    format: TARGET_TABLE_FORMAT,
    framework: t.framework,
    project: { ...emptyProject(), name: t.name, year: 2021 },
    indicators,
    execution: null,
    warnings: [],
  };
}

const strip = (x: TargetTable) =>
  x.indicators.map((i) => [i.level1Label, i.level2Label, i.name, i.target.raw, i.source]);

describe('writeTargetTables', () => {
  for (const format of ['csv', 'xlsx', 'json'] as const satisfies readonly WriteFormat[])
    it(`writes what the readers read back, for generated text (${format})`, async () => {
      await fc.assert(
        fc.asyncProperty(tableArb(format !== 'csv'), async (t) => {
          const written = table(t);
          const bytes = await writeTargetTables([written], format);
          const result = await readTargetTables(bytes, { file: `p.${format}` });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.tables).toHaveLength(1);
          expect(result.tables[0]!.project.name).toBe(written.project.name);
          expect(strip(result.tables[0]!)).toEqual(strip(written));
        }),
        { numRuns: format === 'xlsx' ? 25 : 60 },
      );
    });

  it('never throws and always writes a workbook that opens, whatever the text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        const seedLike = table({
          framework: 'cn-2019',
          name: text,
          indicators: [
            {
              level1: 'output',
              level2: 'quantity',
              level1Label: '产出目标',
              level2Label: text,
              name: text,
              target: parseTargetValue(text, { year: 2019 }),
              source: text,
              actual: null,
              weight: null,
              score: null,
              at: {},
            },
          ],
        });
        for (const format of ['json', 'csv', 'xlsx'] as const) {
          const bytes = await writeTargetTables([seedLike], format);
          expect(bytes.length).toBeGreaterThan(0);
          const result = await readTargetTables(bytes, { file: `any.${format}` });
          // Whatever the text, the file opens: a table, or a clear "no indicators" answer.
          if (!result.ok) expect(result.error.code).toBe('noTable');
        }
      }),
      { numRuns: 30 },
    );
  });

  it('tells the format from an output path', () => {
    expect(formatOfPath('表.XLSX')).toBe('xlsx');
    expect(formatOfPath('/tmp/a.b/t.csv')).toBe('csv');
    expect(formatOfPath('t.json')).toBe('json');
    expect(formatOfPath('t.xls')).toBeNull();
    expect(formatOfPath('xlsx')).toBeNull();
  });
});
