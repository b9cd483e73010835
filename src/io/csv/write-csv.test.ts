import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../test/support/seed.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { readTargetTables } from '../read.js';
import { writeCsv } from './write-csv.js';

const HOSTILE = {
  name: '=HYPERLINK("http://evil.example","点击")',
  target: "+1+cmd|' /C calc'!A0",
  source: '@SUM(1+1)*cmd',
  reason: '-2+3+cmd',
};

async function hostileTable() {
  const seed = await readSeed();
  const first = seed.indicators[0]!;
  return {
    ...seed,
    indicators: [
      {
        ...first,
        name: HOSTILE.name,
        target: parseTargetValue(HOSTILE.target, { year: 2019 }),
        source: HOSTILE.source,
        actual: parseTargetValue('-5%', { year: 2019 }),
        deviationReason: HOSTILE.reason,
      },
      ...seed.indicators.slice(1),
    ],
  };
}

describe('writeCsv', () => {
  it('starts with a BOM, ends lines with CRLF and puts the header facts first', async () => {
    const text = writeCsv([await readSeed()]);
    expect(text.startsWith('\uFEFF项目绩效目标表')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[1]).toBe('(2019年),,,,');
    expect(lines[2]).toBe('项目名称,科学技术普及,,,');
    expect(lines).toContain('项目总金额,27890645.00,,,');
    expect(lines).toContain('目标内容,二级指标,绩效指标,指标目标值,目标值来源');
  });

  it('writes one row per indicator under the framework header', async () => {
    const seed = await readSeed();
    const rows = parse(writeCsv([seed]).slice(1)) as string[][];
    const head = rows.findIndex((r) => r[2] === '绩效指标');
    const body = rows.slice(head + 1);
    expect(body).toHaveLength(164);
    expect(body[0]).toEqual([
      '产出目标',
      '数量',
      '举办高层次人才交流活动',
      '6场',
      '《深圳市高层次人才联谊会章程》',
    ]);
  });

  it('keeps formula-like cells inert with a leading apostrophe, and plain numbers as they are', async () => {
    const rows = parse(writeCsv([await hostileTable()]).slice(1)) as string[][];
    const row = rows.find((r) => r[2]?.includes('HYPERLINK'))!;
    expect(row[2]).toBe(`'${HOSTILE.name}`);
    expect(row[3]).toBe(`'${HOSTILE.target}`);
    expect(row[4]).toBe(`'${HOSTILE.source}`);
    expect(row[5]).toBe('-5%');
    expect(row[8]).toBe(`'${HOSTILE.reason}`);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@]|^-(?![\d.]+%?$)/);
  });

  it('is read back by the CSV reader, hostile text included (behind its apostrophe)', async () => {
    const table = await hostileTable();
    const bytes = new TextEncoder().encode(writeCsv([table]));
    const result = await readTargetTables(bytes, { file: 'hostile.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const back = result.tables[0]!;
    expect(back.indicators).toHaveLength(164);
    expect(back.indicators[0]!.name).toBe(`'${HOSTILE.name}`);
    expect(back.indicators[0]!.actual?.raw).toBe('-5%');
    expect(back.indicators[1]).toMatchObject({ name: table.indicators[1]!.name });
  });

  it('writes the execution block with a stated 分值/执行率/得分 line beside it', async () => {
    const seed = await readSeed();
    const table = {
      ...seed,
      execution: { initialBudget: '100.00', budget: '120.50', spent: null },
      stated: { total: 88, budget: { weight: 10, rate: 0.9534, score: 9.53 } },
    };
    const lines = writeCsv([table]).slice(1).split('\r\n');
    const head = lines.findIndex((l) => l.startsWith(',年初预算数'));
    expect(lines[head]).toBe(',年初预算数,全年预算数,全年执行数,分值,执行率,得分,,');
    expect(lines[head + 1]).toBe('年度资金总额,100.00,120.50,,10,95.34%,9.53,,');
    expect(lines.at(-2)).toBe('总分,,,,,,,88,');
  });
});
