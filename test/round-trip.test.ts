import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../src/core/table/target-table.js';
import { sameTargetValue } from '../src/core/value/compare.js';
import { readJson } from '../src/io/json/read-json.js';
import { writeJson } from '../src/io/json/write-json.js';
import { readTargetTables } from '../src/io/read.js';
import { type WriteFormat, writeTargetTables } from '../src/io/write.js';
import { withActuals } from './support/actuals.js';
import { generateTable, generateTables } from './support/corpus.js';
import { Random } from './support/random.js';
import { readSeed } from './support/seed.js';

/** The table without where its parts came from: a written file has other lines and cells. */
function meaning(table: TargetTable): unknown {
  return JSON.parse(
    JSON.stringify(table, (key, value: unknown) =>
      key === 'at' || key === 'origin' ? undefined : value,
    ),
  );
}

async function throughFile(tables: readonly TargetTable[], format: WriteFormat) {
  const bytes = await writeTargetTables(tables, format);
  const result = await readTargetTables(bytes, { file: `round-trip.${format}` });
  if (!result.ok) throw new Error(result.error.message);
  expect(result.format).toBe(format);
  return result.tables;
}

function expectSame(back: TargetTable, first: TargetTable): void {
  expect(back.indicators).toHaveLength(first.indicators.length);
  first.indicators.forEach((indicator, k) => {
    const other = back.indicators[k]!;
    expect(other.target.raw).toBe(indicator.target.raw);
    expect(sameTargetValue(other.target, indicator.target)).toBe(true);
    if (indicator.actual) expect(sameTargetValue(other.actual!, indicator.actual)).toBe(true);
  });
  expect(meaning(back)).toEqual(meaning(first));
}

const FORMATS: readonly WriteFormat[] = ['json', 'csv', 'xlsx'];

describe('round trip: seed → file → parse equals the first parse', () => {
  for (const format of FORMATS) {
    it(`keeps the project and all 164 indicators through ${format}`, async () => {
      const seed = await readSeed();
      const [back, ...more] = await throughFile([seed], format);
      expect(more).toEqual([]);
      expectSame(back!, seed);
      expect(back!.project.amount.total).toBe('27890645.00');
    });

    it(`keeps actuals, deviation reasons, execution, weights, scores and 总分 through ${format}`, async () => {
      const seed = await readSeed();
      const scored: TargetTable = {
        ...withActuals(seed),
        indicators: withActuals(seed).indicators.map((i, k) => ({
          ...i,
          weight: k % 7 === 0 ? 0.5 : 0.55,
          score: k % 5 === 0 ? 0.25 : 0.55,
        })),
        stated: { total: 87.35 },
      };
      const [back] = await throughFile([scored], format);
      expectSame(back!, scored);
    });
  }

  // JSON holds several tables as an array, which format detection does not take yet (it looks
  // for an object); one table per file goes through the whole door above.
  for (const format of ['csv', 'xlsx'] as const)
    it(`keeps generated tables of every framework, several per file, through ${format}`, async () => {
      const tables = [
        ...generateTables(6, 7),
        generateTable(new Random(3), 'cn-input-output-outcome'),
      ];
      expect(new Set(tables.map((t) => t.framework))).toEqual(
        new Set(['cn-2019', 'cn-2021', 'cn-input-output-outcome']),
      );
      const back = await throughFile(tables, format);
      expect(back).toHaveLength(tables.length);
      for (const [k, table] of back.entries()) expectSame(table, tables[k]!);
    });

  it('keeps generated tables of both frameworks as a JSON array', () => {
    const tables = generateTables(6, 7);
    const back = readJson(writeJson(tables), { format: 'json' });
    for (const [k, table] of back.entries()) expectSame(table, tables[k]!);
  });
});
