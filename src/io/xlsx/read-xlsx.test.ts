import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { TargetTable } from '../../core/table/target-table.js';
import { readTargetTables } from '../read.js';

async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

function fill(sheet: ExcelJS.Worksheet, top: number, rows: readonly (readonly unknown[])[]): void {
  for (const [i, row] of rows.entries())
    for (const [k, value] of row.entries())
      if (value !== null && value !== '')
        sheet.getCell(top + i, k + 1).value = value as ExcelJS.CellValue;
}

async function read(bytes: Uint8Array): Promise<TargetTable[]> {
  const result = await readTargetTables(bytes, { file: 'test.xlsx' });
  if (!result.ok) throw new Error(result.error.message);
  expect(result.format).toBe('xlsx');
  return result.tables;
}

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '目标值来源'];

describe('readXlsx', () => {
  it('carries merged level-1/level-2 cells down and reads a header block below a title', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('目标表');
      fill(sheet, 1, [
        ['2021年度项目支出绩效目标表'],
        [],
        ['项目名称', '社区养老服务补贴'],
        ['主管部门', '杭州市民政局', null, '实施单位', '杭州市社会福利中心'],
        ['项目资金（万元）', '年度资金总额', 2789.0645],
        [null, '其中：财政拨款', 2789.0645],
        [null, '其他资金', 0],
        HEADER,
        ['产出指标', '数量指标', '补贴发放人数', '≥1200人', '年度计划'],
        [null, null, '服务站点数', '12个', '年度计划'],
        [null, '质量指标', '补贴发放准确率', 0.98, '历史标准'],
        ['满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%', '满意度调查'],
      ]);
      sheet.mergeCells('A1:E1');
      sheet.mergeCells('B3:E3');
      sheet.mergeCells('A5:A7');
      sheet.mergeCells('A9:A11');
      sheet.mergeCells('B9:B10');
      sheet.getCell('C5').numFmt = '0.00';
      sheet.getCell('D11').numFmt = '0%';
    });
    const [table] = await read(bytes);
    expect(table!.framework).toBe('cn-2021');
    expect(table!.project).toMatchObject({
      name: '社区养老服务补贴',
      year: 2021,
      department: '杭州市民政局',
      unit: '杭州市社会福利中心',
      amount: { currentYear: '27890645.00', fiscal: '27890645.00', other: '0.00' },
    });
    expect(table!.indicators.map((i) => [i.level1Label, i.level2Label, i.name])).toEqual([
      ['产出指标', '数量指标', '补贴发放人数'],
      ['产出指标', '数量指标', '服务站点数'],
      ['产出指标', '质量指标', '补贴发放准确率'],
      ['满意度指标', '服务对象满意度指标', '老年人满意度'],
    ]);
    expect(table!.indicators[2]!.target).toMatchObject({ raw: '98%', value: 98, unit: '%' });
    expect(table!.indicators[1]!.at).toEqual({ sheet: '目标表', cell: 'C10' });
    expect(table!.origin).toMatchObject({ format: 'xlsx', part: '目标表' });
  });

  it('reads every kind of cell value as Excel shows it', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1');
      fill(sheet, 1, [
        ['项目名称', { richText: [{ text: '科学' }, { text: '技术普及', font: { bold: true } }] }],
        HEADER,
        ['产出目标', '数量', '举办场次', { formula: '2+4', result: 6 }, '计划'],
        [null, '数量', '覆盖率', { formula: '0.1+0.2', result: 0.1 + 0.2 }, '计划'],
        [null, '时效', '完成时间', new Date(Date.UTC(2019, 11, 31)), '计划'],
        [null, '时效', '验收月份', new Date(Date.UTC(2019, 10, 30)), '计划'],
        [null, '质量', '验收合格', true, '计划'],
        [null, '质量', '链接说明', { text: '见附件', hyperlink: 'https://example.org' }, '计划'],
        [null, '质量', '人数', 27890645, '计划'],
      ]);
      sheet.getCell('D6').numFmt = 'yyyy"年"m"月"';
    });
    const [table] = await read(bytes);
    expect(table!.project.name).toBe('科学技术普及');
    expect(table!.indicators.map((i) => i.target.raw)).toEqual([
      '6',
      '0.3',
      '2019-12-31',
      '2019年11月',
      'TRUE',
      '见附件',
      '27890645',
    ]);
    expect(table!.indicators[3]!.target).toMatchObject({ kind: 'date', value: '2019-11-30' });
  });

  it('reads two tables one under the other and a second sheet with another project', async () => {
    const project = (name: string, level2: string): unknown[][] => [
      ['项目绩效目标表'],
      ['项目名称', name],
      HEADER,
      ['产出目标', level2, `${name}指标一`, '10个', '计划'],
      [null, level2, `${name}指标二`, '20个', '计划'],
    ];
    const bytes = await workbook((book) => {
      const first = book.addWorksheet('表一');
      fill(first, 3, project('项目甲', '数量'));
      fill(first, 10, project('项目乙', '质量'));
      fill(book.addWorksheet('表二'), 1, project('项目丙', '时效'));
    });
    const tables = await read(bytes);
    expect(tables.map((t) => [t.origin?.part, t.project.name, t.indicators.length])).toEqual([
      ['表一', '项目甲', 2],
      ['表一', '项目乙', 2],
      ['表二', '项目丙', 2],
    ]);
    expect(tables[1]!.indicators[0]!.at).toEqual({ sheet: '表一', cell: 'C13' });
  });

  it('reads a hidden sheet but warns that it was hidden', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('旧版');
      sheet.state = 'hidden';
      fill(sheet, 1, [HEADER, ['产出目标', '数量', '培训人次', '100人次', '计划']]);
      book.addWorksheet('下拉选项').state = 'veryHidden';
    });
    const [table] = await read(bytes);
    expect(table!.indicators).toHaveLength(1);
    expect(table!.warnings.map((w) => w.code)).toEqual(['hiddenSheet']);
    expect(table!.warnings[0]!.message).toContain('旧版');
  });

  it('ignores cells past column 256 with a warning instead of building huge rows', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('S');
      fill(sheet, 1, [HEADER, ['产出目标', '数量', '培训人次', '100人次', '计划']]);
      sheet.getCell(2, 16000).value = '远处的单元格';
    });
    const [table] = await read(bytes);
    expect(table!.indicators).toHaveLength(1);
    expect(table!.warnings.map((w) => w.code)).toEqual(['clippedColumns']);
  });

  it('says the workbook is damaged when its XML is not a workbook', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="a" sheetId="1" r:id="rId9"'),
      'xl/worksheets/sheet1.xml': strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s">'),
    });
    const result = await readTargetTables(bytes, { file: 'broken.xlsx' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('corrupt');
      expect(result.error.text.zh).toContain('“broken.xlsx”已损坏');
      expect(result.error.text.en).toContain("the workbook's content could not be parsed");
    }
  });
});
