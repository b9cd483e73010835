import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../test/support/seed.js';
import { type MonitoringInput, monitorTable } from '../../core/monitoring/index.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { exportForm } from './export-form.js';

/** The seed at 1–7月: half of each numeric target done, every fourth indicator behind with a reason. */
async function monitoredSeed() {
  const table = await readSeed();
  const value = (raw: string) => parseTargetValue(raw, { year: 2019 });
  const input: MonitoringInput = {
    month: 7,
    execution: { budget: '27890645.00', spent: '8367193.50' },
    entries: table.indicators.map((i, index) => {
      const n = i.target.kind === 'number' && i.target.op !== 'between' ? i.target : null;
      const behind = index % 4 === 0;
      return {
        index,
        current: n ? value(`${n.value / 2}${n.unit ?? ''}`) : null,
        expected: n ? value(`${behind ? n.value * 0.6 : n.value}${n.unit ?? ''}`) : null,
        deviation: behind ? { category: 'staffing', text: '<b>人员调整</b>，活动延后' } : null,
        likelihood: behind ? 'possible' : 'certain',
      };
    }),
  };
  return { table, report: monitorTable(table, input) };
}

describe('项目支出绩效目标执行监控表', () => {
  it('lays out the checkpoint values, ticked causes and likelihoods under grouped headers', async () => {
    const { table, report } = await monitoredSeed();
    const bytes = await exportForm({ kind: 'monitoring', items: [{ table, report }] }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标执行监控表');
    let head = 1;
    while (sheet.getCell(head, 1).value !== '一级指标') head += 1;
    const top = (c: number) => sheet.getCell(head, c).value;
    const sub = (c: number) => sheet.getCell(head + 1, c).value;
    expect([4, 5, 6].map(top)).toEqual(['年度指标值', '1–7月执行情况', '全年预计完成值']);
    expect(top(7)).toBe('偏差原因分析');
    expect([7, 8, 9, 10, 11, 12].map(sub)).toEqual([
      '经费保障',
      '制度保障',
      '人员保障',
      '硬件条件保障',
      '其他',
      '原因说明',
    ]);
    expect(top(13)).toBe('完成目标可能性');
    expect([13, 14, 15].map(sub)).toEqual(['确定能', '有可能', '完全不可能']);
    const merges = sheet.model.merges;
    expect(merges).toContain(`G${head}:L${head}`);
    expect(merges).toContain(`M${head}:O${head}`);
    expect(merges).toContain(`A${head}:A${head + 1}`);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: head + 1 });
    expect(sheet.pageSetup.printTitlesRow).toBe(`${head}:${head + 1}`);

    const first = head + 2;
    const m = report.indicators[0]!;
    expect(sheet.getCell(first, 5).value).toBe(m.current);
    expect(sheet.getCell(first, 6).value).toBe(m.expected);
    expect(sheet.getCell(first, 9).value).toBe('√');
    expect(sheet.getCell(first, 7).value).toBe('');
    expect(sheet.getCell(first, 12).value).toBe('<b>人员调整</b>，活动延后');
    expect(sheet.getCell(first, 14).value).toBe('√');
    expect(sheet.getCell(first, 16).value).toBe(
      { red: '红灯', yellow: '黄灯', green: '绿灯' }[m.light as 'red'],
    );
    expect(sheet.getCell(first + 1, 13).value).toBe('√');
  });

  it('shows the budget executed so far with its rate and light', async () => {
    const { table, report } = await monitoredSeed();
    const bytes = await exportForm({ kind: 'monitoring', items: [{ table, report }] }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    let funds = 1;
    while (sheet.getCell(funds, 1).value !== '项目资金（万元）') funds += 1;
    expect(sheet.getCell(funds, 7).value).toBe('1–7月执行数');
    expect(sheet.getCell(funds + 1, 7).value).toBe(836.71935);
    expect(sheet.getCell(funds + 1, 10).value).toBe(0.3);
    expect(report.budget.light).toBe('red');
    expect(sheet.getCell(funds + 1, 13).value).toBe('红灯');
  });

  it('escapes the unit’s words in the HTML view', async () => {
    const { table, report } = await monitoredSeed();
    const html = new TextDecoder().decode(
      await exportForm({ kind: 'monitoring', items: [{ table, report }] }, 'html'),
    );
    expect(html).toContain('&lt;b&gt;人员调整&lt;/b&gt;，活动延后');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<th colspan="6">偏差原因分析</th>');
  });
});
