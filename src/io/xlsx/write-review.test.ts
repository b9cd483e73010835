import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readSeed } from '../../../test/support/seed.js';
import { exampleTable, review } from '../../core/review/index.js';
import { writeReviewXlsx } from './write-review.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
}

const text = (sheet: ExcelJS.Worksheet, r: number, c: number): string =>
  String(sheet.getCell(r, c).value ?? '');

function rowOf(sheet: ExcelJS.Worksheet, col: number, value: string): number {
  for (let r = 1; r <= sheet.rowCount; r += 1) if (text(sheet, r, col) === value) return r;
  throw new Error(`no row with ${value} in column ${col}`);
}

describe('the 审核意见表 of the seed', () => {
  it('lists every indicator with its opinion, the header frozen, printable on A4 landscape', async () => {
    const table = await readSeed();
    const result = review(table);
    const book = await open(await writeReviewXlsx([{ table, result }]));
    expect(book.worksheets.map((s) => s.name)).toEqual(['审核意见表', '审核汇总']);
    const sheet = book.worksheets[0]!;
    const head = rowOf(sheet, 8, '审核意见');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: head });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape' });
    expect(sheet.getColumn(8).width).toBeGreaterThanOrEqual(30);

    const body = Array.from({ length: table.indicators.length }, (_, k) => head + 1 + k);
    expect(body.map((r) => text(sheet, r, 4))).toEqual(table.indicators.map((i) => i.name));
    const opinionAt = (line: number) =>
      text(sheet, body[table.indicators.findIndex((i) => i.at.line === line)]!, 8);
    expect(opinionAt(154)).toContain('【错误】“科普活动运行后勤管理正常运行率”是比率');
    expect(opinionAt(154)).toContain('建议：以百分比填写指标值');
    expect(opinionAt(33).split('\n').length).toBeGreaterThanOrEqual(3);
    expect(opinionAt(20)).toBe('无意见');
    expect(text(sheet, body[0]!, 7)).toBe('第20行');

    const conclusion = text(sheet, rowOf(sheet, 1, '审核结论'), 2);
    expect(conclusion).toBe(
      `修改后重新报送（${result.summary.error} 个错误，${result.summary.warning} 个警告，${result.summary.info} 个提示）`,
    );
    const remarks = text(sheet, rowOf(sheet, 1, '整表意见'), 2);
    expect(remarks).toContain('没有成本指标');
    expect(remarks).toContain('共有164项指标');
  });

  it('counts findings by criterion in the summary sheet, adding up to the total', async () => {
    const table = await readSeed();
    const result = review(table);
    const sheet = (await open(await writeReviewXlsx([{ table, result }]))).worksheets[1]!;
    const total = rowOf(sheet, 1, '合计');
    expect(sheet.getCell(total, 7).value).toBe(result.findings.length);
    expect(sheet.getCell(total, 4).value).toBe(result.summary.error);
    let sum = 0;
    for (const name of ['完整性', '相关性', '适当性', '可行性']) {
      const subtotal = rowOf(sheet, 2, `${name}合计`);
      sum += Number(sheet.getCell(subtotal, 7).value);
    }
    expect(sum).toBe(result.findings.length);
    const rate = rowOf(sheet, 3, 'rate-with-count-unit');
    expect(sheet.getCell(rate, 4).value).toBe(4);
  });

  it('writes a formula-like name as text and passes a clean table', async () => {
    const table = exampleTable({
      rows: [
        ['数量', '=HYPERLINK("http://x","点我")', '12场'],
        ['满意度', '@听众满意度', '≥90%'],
      ],
    });
    const sheet = (await open(await writeReviewXlsx([{ table, result: review(table) }])))
      .worksheets[0]!;
    const r = rowOf(sheet, 4, '=HYPERLINK("http://x","点我")');
    expect(sheet.getCell(r, 4).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell(r, 4).numFmt).toBe('@');
    expect(text(sheet, r + 1, 4)).toBe('@听众满意度');
  });

  it('gives each of several tables its own review sheet', async () => {
    const a = exampleTable({ rows: [['数量', '举办讲座场次', '12场']] });
    const b = exampleTable({ rows: [['质量', '合格率', '及时']] });
    const book = await open(
      await writeReviewXlsx([
        { table: a, result: review(a) },
        { table: b, result: review(b) },
      ]),
    );
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '审核意见表',
      '审核意见表 (2)',
      '审核汇总',
    ]);
  });
});
