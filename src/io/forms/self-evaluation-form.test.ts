import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withActuals } from '../../../test/support/actuals.js';
import { readSeed } from '../../../test/support/seed.js';
import { SICHUAN_PROFILE, scoreTable } from '../../core/scoring/index.js';
import { readTargetTables } from '../read.js';
import { exportForm } from './export-form.js';

async function scoredSeed() {
  const table = withActuals(await readSeed());
  return { table, report: scoreTable(table) };
}

describe('项目支出绩效自评表', () => {
  it('reads back through the grid reader with the same actuals, weights, scores, execution and 总分', async () => {
    const { table, report } = await scoredSeed();
    const bytes = await exportForm({ kind: 'self-evaluation', items: [{ table, report }] }, 'xlsx');
    const result = await readTargetTables(bytes, { file: '自评表.xlsx' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const back = result.tables[0]!;
    expect(back.indicators).toHaveLength(164);
    back.indicators.forEach((i, k) => {
      const source = table.indicators[k]!;
      const score = report.indicators[k]!;
      expect(i.name).toBe(source.name);
      expect(i.target.raw).toBe(source.target.raw);
      expect(i.actual?.raw).toBe(source.actual?.raw);
      expect(i.weight).toBe(score.weight);
      expect(i.score).toBe(score.score);
      expect(i.deviationReason ?? null).toBe(source.deviationReason ?? null);
      expect(i.level2).toBe(source.level2);
    });
    expect(back.execution).toEqual(table.execution);
    expect(back.stated?.total).toBe(report.total);
    expect(back.project).toMatchObject({
      name: '科学技术普及',
      year: 2019,
      unit: table.project.unit,
      department: table.project.department,
      annualGoal: table.project.annualGoal,
    });
  });

  it('prints the 资金 block with 分值, 执行率 and 得分, and the grade by the 总分', async () => {
    const { table } = await scoredSeed();
    const report = scoreTable(table, SICHUAN_PROFILE);
    const bytes = await exportForm({ kind: 'self-evaluation', items: [{ table, report }] }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('项目支出绩效自评表');
    expect(sheet.getCell('A2').value).toBe('（2019年度）');
    const heads = [3, 4, 5, 6, 7, 8].map((c) => sheet.getCell(5, c).value);
    expect(heads).toEqual(['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
    expect(sheet.model.merges).toContain('A5:A6');
    expect(sheet.getCell('F6').value).toBe(report.budget.weight);
    expect(sheet.getCell('G6').value).toBe(report.budget.rate);
    expect(sheet.getCell('G6').numFmt).toBe('0.00%');
    expect(sheet.getCell('H6').value).toBe(report.budget.score);
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('总分');
    expect(last.getCell(7).value).toBe(report.total);
    expect(last.getCell(8).value).toBe(`自评等级：${report.gradeLabel.zh}`);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('renders the same form as a print-ready HTML page', async () => {
    const { table, report } = await scoredSeed();
    const html = new TextDecoder().decode(
      await exportForm({ kind: 'self-evaluation', items: [{ table, report }] }, 'html'),
    );
    expect(html).toContain('<title>项目支出绩效自评表 - 科学技术普及</title>');
    expect(html).toContain('<th>偏差原因分析及改进措施</th>');
    expect(html).toContain(`自评等级：${report.gradeLabel.zh}`);
    expect(html).toMatch(/@page \{ size: A4 landscape/);
  });
});
