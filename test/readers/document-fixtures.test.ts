import { describe, expect, it } from 'vitest';
import { countsByLabel, named, readFixture } from './support.js';

describe('DOCX fixture', () => {
  it('chengdu-2023-shenbao: facts from a header table, indicators with vMerge categories', async () => {
    const [table, ...rest] = await readFixture('docx/chengdu-2023-shenbao.docx');
    expect(rest).toEqual([]);
    expect(table!.framework).toBe('cn-2021');
    expect(table!.project).toMatchObject({
      name: '职业技能提升培训',
      code: '510100-2023-0415',
      year: 2023,
      department: '成都市人力资源和社会保障局',
      unit: '成都市职业技能鉴定指导中心',
      startDate: '2023-01-01',
      endDate: '2023-12-31',
      amount: { currentYear: '3502500.00', fiscal: '3302500.00', other: '200000.00' },
      annualGoal: '全年开展职业技能培训12期，培训合格率达到90%以上。',
    });
    expect(countsByLabel(table!)).toEqual({
      数量指标: 2,
      质量指标: 2,
      时效指标: 1,
      成本指标: 1,
      社会效益指标: 1,
      可持续影响指标: 1,
      服务对象满意度指标: 1,
    });
    expect(named(table!, '培训人次')).toMatchObject({
      level1Label: '产出指标',
      level2Label: '数量指标',
      target: { op: '>=', value: 600, unit: '人次' },
      source: '年度计划',
      at: { table: 2, row: 3 },
    });
    expect(named(table!, '培训完成时间').target).toMatchObject({
      kind: 'date',
      value: '2023-11-30',
    });
    expect(named(table!, '人均培训成本').source).toBe('《成都市职业技能培训补贴标准》');
    expect(table!.warnings).toEqual([]);
  });
});

describe('HTML fixtures', () => {
  it('hefei-2022-web-page: a page with a layout table, facts in a paragraph and in cells', async () => {
    const [table, ...rest] = await readFixture('html/hefei-2022-web-page.html');
    expect(rest).toEqual([]);
    expect(table!.framework).toBe('cn-2021');
    expect(table!.project).toMatchObject({
      name: '农村人居环境整治提升',
      code: '340100-2022-00037',
      year: 2022,
      department: '合肥市农业农村局',
      unit: '合肥市农村社会事业发展中心',
      startDate: '2022-01-01',
      endDate: '2022-12-31',
      amount: { currentYear: '32007500.00', fiscal: '30000000.00', other: '2007500.00' },
    });
    expect(countsByLabel(table!)).toEqual({
      数量指标: 3,
      质量指标: 2,
      时效指标: 1,
      成本指标: 1,
      社会效益指标: 1,
      生态效益指标: 1,
      服务对象满意度指标: 1,
    });
    expect(named(table!, '设施正常运行率')).toMatchObject({
      level1Label: '产出指标',
      level2Label: '质量指标',
      target: { op: '>=', value: 95, unit: '%' },
      at: { table: 1, row: 12 },
    });
    expect(named(table!, '农村生活污水治理率').level2).toBe('ecological');
    expect(table!.warnings).toEqual([]);
  });

  it('ningbo-2020-export.xls: an Excel web page in GB2312 reads as HTML', async () => {
    const [table, ...rest] = await readFixture('html/ningbo-2020-export.xls');
    expect(rest).toEqual([]);
    expect(table!.origin).toMatchObject({ format: 'html', encoding: 'gb18030' });
    expect(table!.framework).toBe('cn-2019');
    expect(table!.project).toMatchObject({
      name: '基层医疗卫生服务能力提升',
      year: 2020,
      department: '宁波市卫生健康委员会',
      unit: '宁波市基层卫生指导中心',
      amount: { total: '27890645.00', fiscal: '27890645.00', other: '0.00' },
    });
    expect(countsByLabel(table!)).toEqual({ 数量: 2, 质量: 1, 时效: 1, 社会效益: 1, 满意度: 1 });
    expect(named(table!, '培训考核合格率').target).toMatchObject({
      raw: '≧95％',
      op: '>=',
      value: 95,
      unit: '%',
    });
    expect(named(table!, '群众满意度')).toMatchObject({
      level1: 'satisfaction',
      level1Label: '效果目标',
      at: { table: 1, row: 14 },
    });
  });
});

describe('CSV fixture', () => {
  it('hangzhou-2022: quoted commas and line breaks, categories only where merged cells began', async () => {
    const [table, ...rest] = await readFixture('csv/hangzhou-2022.csv');
    expect(rest).toEqual([]);
    expect(table!.framework).toBe('cn-2021');
    expect(table!.project).toMatchObject({
      name: '社区养老服务补贴',
      year: 2022,
      department: '杭州市民政局',
      unit: '杭州市社会福利中心',
      amount: { total: '12005000.00', fiscal: '10005000.00', other: '2000000.00' },
      annualGoal: '为8000名以上困难老人发放养老服务补贴，补贴发放准确及时。',
    });
    expect(countsByLabel(table!)).toEqual({
      数量指标: 2,
      质量指标: 1,
      时效指标: 1,
      成本指标: 1,
      社会效益指标: 1,
      服务对象满意度指标: 1,
    });
    expect(named(table!, '服务站点数')).toMatchObject({
      level1Label: '产出指标',
      level2Label: '数量指标',
      at: { row: 10 },
    });
    expect(named(table!, '补贴按月发放').source).toBe('《杭州市养老服务补贴办法》, 第三条');
    expect(table!.warnings).toEqual([]);
  });
});

describe('XML Spreadsheet 2003 fixture', () => {
  it('wuhan-2021-export.xls: ss:Index gaps, MergeDown categories, 投入/产出/效果 layout', async () => {
    const [table, ...rest] = await readFixture('xml/wuhan-2021-export.xls');
    expect(rest).toEqual([]);
    expect(table!.origin).toMatchObject({ format: 'spreadsheet-xml', part: '绩效目标表' });
    expect(table!.framework).toBe('cn-input-output-outcome');
    expect(table!.project).toMatchObject({
      name: '城市社区卫生服务中心标准化建设',
      year: 2021,
      department: '武汉市卫生健康委员会',
      unit: '武汉市社区卫生服务指导中心',
      startDate: '2021-03-01',
      endDate: '2021-12-31',
      amount: { total: '8608000.00', fiscal: '8000000.00', other: '608000.00' },
    });
    expect(countsByLabel(table!)).toEqual({
      时效目标: 1,
      成本目标: 1,
      数量目标: 2,
      质量目标: 1,
      社会效益: 1,
      满意度: 1,
    });
    // 时效 and 成本 declared under 投入 are outputs in the canonical taxonomy.
    expect(named(table!, '单个中心改造成本')).toMatchObject({
      level1: 'output',
      level2: 'cost',
      level1Label: '投入目标',
      at: { sheet: '绩效目标表', cell: 'C10' },
    });
    expect(named(table!, '配置基本医疗设备')).toMatchObject({
      level1Label: '产出目标',
      level2Label: '数量目标',
      at: { cell: 'C12' },
    });
    expect(table!.warnings).toEqual([]);
  });
});
