import { describe, expect, it } from 'vitest';
import { generateTables } from '../../../test/support/corpus.js';
import type { Indicator, TargetTable } from '../table/target-table.js';
import { parseTargetValue } from '../value/parse.js';
import { convertTable } from './convert.js';
import { FRAMEWORKS } from './frameworks.js';

const legacy = (): TargetTable => generateTables(30, 5).find((t) => t.framework === 'cn-2019')!;

function indicator(partial: Partial<Indicator>): Indicator {
  return {
    level1: null,
    level2: null,
    level1Label: null,
    level2Label: null,
    name: '指标',
    target: parseTargetValue('≥90%', { year: 2021 }),
    source: null,
    actual: null,
    weight: null,
    score: null,
    at: {},
    ...partial,
  };
}

const labelsOf = (t: TargetTable) =>
  new Set(t.indicators.map((i) => `${i.level1Label}/${i.level2Label}`));

describe('convertTable', () => {
  it('puts every indicator under the labels of the new tree and keeps the canonical levels', () => {
    const table = legacy();
    const { table: out } = convertTable(table, 'cn-2021');
    expect(out.framework).toBe('cn-2021');
    expect(out.indicators).toHaveLength(table.indicators.length);
    const printed = new Set(
      FRAMEWORKS['cn-2021'].groups.flatMap((g) => g.categories.map((c) => `${g.label}/${c.label}`)),
    );
    for (const label of labelsOf(out)) expect(printed.has(label)).toBe(true);
    const key = (i: Indicator) => `${i.level1}|${i.level2}|${i.name}|${i.target.raw}|${i.source}`;
    expect(out.indicators.map(key).sort()).toEqual(table.indicators.map(key).sort());
  });

  it('maps legacy 满意度 under 效果目标 to 满意度指标/服务对象满意度指标, 效果目标 to 效益指标', () => {
    const { table: out } = convertTable(legacy(), 'cn-2021');
    const satisfaction = out.indicators.filter((i) => i.level2 === 'satisfaction');
    expect(satisfaction.length).toBeGreaterThan(0);
    for (const i of satisfaction) {
      expect(i).toMatchObject({ level1: 'satisfaction', level1Label: '满意度指标' });
      expect(i.level2Label).toBe('服务对象满意度指标');
    }
    for (const i of out.indicators.filter((x) => x.level1 === 'outcome'))
      expect(i.level1Label).toBe('效益指标');
  });

  it('regroups in the order of the new tree, keeping the written order within a category', () => {
    const scrambled: TargetTable = {
      ...legacy(),
      indicators: [
        indicator({ level1: 'satisfaction', level2: 'satisfaction', name: 'a' }),
        indicator({ level1: 'output', level2: 'quantity', name: 'b' }),
        indicator({ level1: 'outcome', level2: 'social', name: 'c' }),
        indicator({ level1: 'output', level2: 'quantity', name: 'd' }),
      ],
    };
    const { table: out } = convertTable(scrambled, 'cn-2021');
    expect(out.indicators.map((i) => i.name)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('warns about what the new tree requires and the table lacks (成本指标 since 2021)', () => {
    const table = legacy();
    const noCost = { ...table, indicators: table.indicators.filter((i) => i.level2 !== 'cost') };
    const { table: out, warnings } = convertTable(noCost, 'cn-2021');
    const missing = warnings.filter((w) => w.code === 'missingCategory');
    expect(missing.map((w) => w.message).join()).toContain('成本指标');
    expect(missing[0]!.messageEn).toMatch(/requires/);
    expect(out.warnings).toEqual([...noCost.warnings, ...warnings]);
  });

  it('files an indicator with only a level 1 under its group, and keeps an unclassifiable one at the end', () => {
    const table: TargetTable = {
      ...legacy(),
      indicators: [
        indicator({ level1Label: '无名', name: 'x' }),
        indicator({
          level1: 'outcome',
          level1Label: '效果目标',
          level2Label: '其他效益',
          name: 'y',
        }),
        indicator({ level1: 'output', level2: 'quantity', level1Label: '产出目标', name: 'z' }),
      ],
    };
    const { table: out, warnings } = convertTable(table, 'cn-2021');
    expect(out.indicators.map((i) => i.name)).toEqual(['z', 'y', 'x']);
    expect(out.indicators[1]).toMatchObject({ level1Label: '效益指标', level2Label: '其他效益' });
    expect(out.indicators[2]).toMatchObject({ level1Label: '无名', level2Label: null });
    expect(warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['noCategory', 'noLevel']));
  });

  it('maps a cn-2021 table back to the legacy tree and onto 投入/产出/效果', () => {
    const modern = generateTables(30, 5).find((t) => t.framework === 'cn-2021')!;
    const back = convertTable(modern, 'cn-2019').table;
    for (const i of back.indicators.filter((x) => x.level2 === 'satisfaction'))
      expect(i).toMatchObject({ level1Label: '效果目标', level2Label: '满意度' });
    const inputs = convertTable(modern, 'cn-input-output-outcome').table;
    for (const i of inputs.indicators.filter((x) => x.level2 === 'timeliness'))
      expect(i).toMatchObject({ level1Label: '投入目标', level2Label: '时效目标' });
  });
});
