import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { readTargetFile } from '../../src/io/read.js';
import { readSeed } from '../support/seed.js';

/** What must survive any re-encoding or re-layout of the seed: categories, names, targets, sources. */
const essence = (table: TargetTable) =>
  table.indicators.map((i) => [
    i.level1,
    i.level2,
    i.level1Label,
    i.level2Label,
    i.name,
    i.target,
    i.source,
  ]);

async function read(
  name: string,
): Promise<{ table: TargetTable; encoding?: string; format: string }> {
  const result = await readTargetFile(`test/fixtures/text/${name}`);
  if (!result.ok) throw new Error(result.error.message);
  expect(result.tables).toHaveLength(1);
  return {
    table: result.tables[0]!,
    format: result.format,
    ...(result.encoding ? { encoding: result.encoding } : {}),
  };
}

describe('the seed in other encodings', () => {
  for (const [file, encoding] of [
    ['seed-gb18030.txt', 'gb18030'],
    ['seed-utf8-bom.txt', 'utf-8-bom'],
    ['seed-utf16le.txt', 'utf-16le'],
    ['seed-utf16be.txt', 'utf-16be'],
  ] as const) {
    it(`${file} is read as ${encoding} and gives exactly the seed`, async () => {
      const seed = await readSeed();
      const { table, encoding: detected } = await read(file);
      expect(detected).toBe(encoding);
      expect(table.project).toEqual(seed.project);
      expect(table.indicators).toEqual(seed.indicators);
      expect(table.warnings).toEqual([]);
    });
  }
});

describe('the seed in other layouts', () => {
  it('seed-pipe.txt: a pipe table gives the seed, line for line', async () => {
    const seed = await readSeed();
    const { table } = await read('seed-pipe.txt');
    expect(table.project).toEqual(seed.project);
    expect(essence(table)).toEqual(essence(seed));
    expect(table.indicators.map((i) => i.at.line)).toEqual(seed.indicators.map((i) => i.at.line));
  });

  for (const file of ['seed-one-line.txt', 'seed-line-per-row.txt']) {
    it(`${file}: cells joined by single spaces still give the 164 indicators`, async () => {
      const seed = await readSeed();
      const { table } = await read(file);
      expect(table.origin?.format).toBe('text-flattened');
      expect(table.project).toEqual(seed.project);
      expect(table.indicators).toHaveLength(164);
      expect(essence(table)).toEqual(essence(seed));
    });
  }
});
