import { describe, expect, it } from 'vitest';
import { readSeed } from '../support/seed.js';
import { countsByLabel, named, readFixture } from './support.js';

describe('XLSX fixtures', () => {
  it('hubei-2022-national-export: composes 指标性质 | 指标值 | 度量单位 and reads amounts in 万元', async () => {
    const [table, ...rest] = await readFixture('xlsx/hubei-2022-national-export.xlsx');
    expect(rest).toEqual([]);
    expect(table!.framework).toBe('cn-2021');
    expect(table!.project).toMatchObject({
      name: '高标准农田建设',
      code: '42000022T000000123456',
      year: 2022,
      department: '湖北省农业农村厅',
      unit: '湖北省耕地质量与肥料工作总站',
      startDate: '2022-01-01',
      endDate: '2022-12-31',
      amount: { currentYear: '125000000.00', fiscal: '120000000.00', other: '5000000.00' },
    });
    expect(countsByLabel(table!)).toEqual({
      数量指标: 2,
      质量指标: 1,
      时效指标: 1,
      成本指标: 1,
      经济效益指标: 1,
      社会效益指标: 1,
      生态效益指标: 1,
      可持续影响指标: 1,
      服务对象满意度指标: 1,
    });
    // The three columns compose one target text, which the value parser then reads.
    expect(named(table!, '高效节水灌溉面积').target).toMatchObject({
      raw: '≥1.2万亩',
      op: '>=',
      value: 1.2,
    });
    expect(named(table!, '工程验收合格率').target).toMatchObject({
      raw: '=100%',
      value: 100,
      unit: '%',
    });
    expect(named(table!, '亩均建设成本')).toMatchObject({
      level1: 'output',
      level2: 'cost',
      weight: 10,
      target: { op: '<=', value: 3000 },
      at: { sheet: '项目支出绩效目标表', cell: 'C15' },
    });
    expect(named(table!, '项目完成时间').target).toMatchObject({
      kind: 'date',
      value: '2022-12-31',
    });
    // 定性 is no comparator: the value stands alone.
    expect(named(table!, '带动农户增收').target.raw).toBe('明显');
    expect(table!.warnings).toEqual([]);
  });

  it('shenzhen-2020-workbook: three projects on two sheets, merged cells, 万元 with hidden decimals', async () => {
    const tables = await readFixture('xlsx/shenzhen-2020-workbook.xlsx');
    expect(tables.map((t) => [t.origin?.part, t.project.name, t.indicators.length])).toEqual([
      ['科学素质', '全民科学素质提升', 7],
      ['学术与青少年', '学术交流活动', 5],
      ['学术与青少年', '青少年科技教育', 4],
    ]);
    const [first, second, third] = tables;
    expect(first!.project).toMatchObject({
      year: 2020,
      unit: '深圳市科学技术协会(本级)',
      department: '深圳市科学技术协会',
      startDate: '2020-01-01',
      endDate: '2020-12-31',
      // 2789.0645 万元 shows as 2789.06 in its 0.00 cell; the fen are kept.
      amount: { total: '27890645.00', fiscal: '27890645.00', other: '0.00' },
    });
    expect(countsByLabel(first!)).toEqual({ 数量: 3, 质量: 1, 时效: 1, 社会效益: 1, 满意度: 1 });
    expect(named(first!, '参与人员满意度')).toMatchObject({
      level1: 'satisfaction',
      level1Label: '效果目标',
      target: { op: '>=', value: 90, unit: '%', raw: '≧90%' },
      at: { sheet: '科学素质', cell: 'D18' },
    });
    expect(second!.project).toMatchObject({
      startDate: '2020-03-01',
      amount: { total: '3150000.00', fiscal: '3000000.00', other: '150000.00' },
    });
    expect(third!.project.unit).toBe('深圳市青少年科技教育协会');
    expect(named(third!, '获省级以上奖项').at).toEqual({ sheet: '学术与青少年', cell: 'D30' });
    // The hidden sheet of drop-down lists holds no table and raises no warning.
    for (const table of tables) expect(table.warnings).toEqual([]);
  });

  it('seed-layout: the seed as a workbook reads exactly as the seed text does', async () => {
    const seed = await readSeed();
    const [table, ...rest] = await readFixture('xlsx/seed-layout.xlsx');
    expect(rest).toEqual([]);
    expect(table!.project).toEqual(seed.project);
    expect(table!.indicators).toHaveLength(164);
    const strip = (t: typeof seed) =>
      t.indicators.map((i) => [
        i.level1,
        i.level2,
        i.level1Label,
        i.level2Label,
        i.name,
        i.target,
        i.source,
      ]);
    expect(strip(table!)).toEqual(strip(seed));
    // Line n of the seed is row n of the sheet.
    expect(table!.indicators.map((i) => Number(i.at.cell?.slice(1)))).toEqual(
      seed.indicators.map((i) => i.at.line),
    );
  });
});
