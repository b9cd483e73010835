import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../test/support/seed.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { readJson } from './read-json.js';
import { targetTableJson, writeJson } from './write-json.js';

describe('writeJson', () => {
  it('writes the contract keys in the order the types list them', async () => {
    const seed = await readSeed();
    const data = JSON.parse(writeJson([seed])) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(data)).toEqual([
      'format',
      'framework',
      'project',
      'indicators',
      'execution',
      'warnings',
      'origin',
    ]);
    expect(Object.keys(data.indicators![0]!)).toEqual([
      'level1',
      'level2',
      'level1Label',
      'level2Label',
      'name',
      'target',
      'source',
      'actual',
      'weight',
      'score',
      'at',
    ]);
    expect(Object.keys(data.indicators![0]!.target as object)).toEqual([
      'raw',
      'kind',
      'op',
      'value',
      'unit',
      'implicit',
    ]);
  });

  it('is byte-identical whatever order the object was built in', async () => {
    const seed = await readSeed();
    const shuffled = Object.fromEntries(Object.entries(seed).reverse()) as typeof seed;
    expect(writeJson([shuffled])).toBe(writeJson([seed]));
    expect(writeJson([seed]).endsWith('}\n')).toBe(true);
  });

  it('reads back to the same table, compound parts and notes included', async () => {
    const seed = await readSeed();
    const back = readJson(writeJson([seed]), { format: 'json' });
    expect(back).toHaveLength(1);
    expect({ ...back[0], origin: undefined }).toEqual({ ...seed, origin: undefined });
    const compound = seed.indicators.find((i) => i.target.kind === 'compound')!;
    const written = targetTableJson(seed).indicators as { target: { parts?: unknown[] } }[];
    expect(written[seed.indicators.indexOf(compound)]!.target.parts).toHaveLength(2);
  });

  it('keeps fields it does not know, after the known ones', async () => {
    const seed = await readSeed();
    const extended = { ...seed, reviewedBy: 'someone' } as typeof seed;
    const keys = Object.keys(targetTableJson(extended));
    expect(keys.at(-1)).toBe('reviewedBy');
  });

  it('writes several tables as an array and a placeholder with its note', async () => {
    const seed = await readSeed();
    const withNote = {
      ...seed,
      indicators: [{ ...seed.indicators[0]!, target: parseTargetValue('XX', { year: 2019 }) }],
    };
    const data = JSON.parse(writeJson([seed, withNote])) as { indicators: unknown[] }[];
    expect(data).toHaveLength(2);
    expect(data[1]!.indicators[0]).toMatchObject({
      target: { raw: 'XX', kind: 'text', notes: [{ code: 'placeholder' }] },
    });
  });
});
