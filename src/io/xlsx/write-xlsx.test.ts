import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateTables } from '../../../test/support/corpus.js';
import { readSeed } from '../../../test/support/seed.js';
import { parseAmount } from '../../core/money/money.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { writeXlsx } from './write-xlsx.js';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return workbook;
}

const text = (sheet: ExcelJS.Worksheet, address: string): string =>
  String(sheet.getCell(address).value ?? '');

/** The row whose cells start with the given texts. */
function rowStarting(sheet: ExcelJS.Worksheet, ...texts: string[]): number {
  for (let r = 1; r <= sheet.rowCount; r += 1)
    if (texts.every((t, k) => String(sheet.getCell(r, k + 1).value ?? '') === t)) return r;
  throw new Error(`no row starts with ${texts.join(' | ')}`);
}

describe('writeXlsx: the seed in the cn-2019 printable layout', () => {
  it('sets A4 landscape, fit to one page wide, the header row frozen and repeated on every page', async () => {
    const sheet = (await open(await writeXlsx([await readSeed()]))).worksheets[0]!;
    const head = rowStarting(sheet, '目标内容', '二级指标', '绩效指标', '指标目标值', '目标值来源');
    expect(sheet.name).toBe('科学技术普及');
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${head}:${head}`,
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: head, xSplit: 0 });
  });

  it('writes title, year and header block as label/value cells with merged value ranges', async () => {
    const sheet = (await open(await writeXlsx([await readSeed()]))).worksheets[0]!;
    const merges = sheet.model.merges;
    expect(text(sheet, 'A1')).toBe('项目绩效目标表');
    expect(merges).toContain('A1:E1');
    expect(text(sheet, 'A2')).toBe('(2019年)');
    const name = rowStarting(sheet, '项目名称');
    expect(text(sheet, `B${name}`)).toBe('科学技术普及');
    expect(merges).toContain(`B${name}:E${name}`);
    const amounts = rowStarting(sheet, '项目总金额');
    // Exact amounts as numbers, printed with separators and two places.
    expect(sheet.getCell(`B${amounts}`).value).toBe(27890645);
    expect(sheet.getCell(`B${amounts}`).numFmt).toBe('#,##0.00');
    expect(text(sheet, `D${amounts}`)).toBe('本年度项目金额');
    expect(text(sheet, `B${rowStarting(sheet, '项目类型')}`)).toMatch(
      /^一般性项目支出√ 专项性项目支出□/,
    );
  });

  it('merges each first-level and second-level label over the rows it covers', async () => {
    const seed = await readSeed();
    const sheet = (await open(await writeXlsx([seed]))).worksheets[0]!;
    const first = rowStarting(sheet, '目标内容') + 1;
    const outputs = seed.indicators.filter((i) => i.level1Label === '产出目标').length;
    const quantity = seed.indicators.findIndex((i) => i.level2Label !== '数量');
    const merges = sheet.model.merges;
    expect(merges).toContain(`A${first}:A${first + outputs - 1}`);
    expect(merges).toContain(`A${first + outputs}:A${first + seed.indicators.length - 1}`);
    expect(merges).toContain(`B${first}:B${first + quantity - 1}`);
    expect(text(sheet, `C${first}`)).toBe(seed.indicators[0]!.name);
    expect(text(sheet, `D${first}`)).toBe('6场');
  });

  it('gives every cell of the form a thin border and wrapped text, columns wide enough for Chinese', async () => {
    const sheet = (await open(await writeXlsx([await readSeed()]))).worksheets[0]!;
    const cell = sheet.getCell(`C${rowStarting(sheet, '目标内容') + 1}`);
    expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(cell.alignment).toMatchObject({ wrapText: true });
    const widths = sheet.columns.map((c) => c.width ?? 0);
    expect(widths[2]).toBeGreaterThanOrEqual(30);
    expect(widths[2]).toBeLessThanOrEqual(44);
    // A row with a long source is taller than one line.
    const long = sheet.getRow(rowStarting(sheet, '目标内容') + 7);
    expect(long.height).toBeGreaterThan(30);
  });
});

describe('writeXlsx: hostile text', () => {
  const hostile = async (): Promise<TargetTable> => {
    const seed = await readSeed();
    return {
      ...seed,
      project: { ...seed.project, name: '@evil[1]:*?/\\名称', unit: '+cmd|calc' },
      indicators: [
        {
          ...seed.indicators[0]!,
          name: '=HYPERLINK("http://evil.example","点击")',
          target: parseTargetValue('=1+1', { year: 2019 }),
          source: '-2+3\u0001\uFFFE',
        },
      ],
    };
  };

  it('writes cells starting with = + - @ as text, never as formulas', async () => {
    const bytes = await writeXlsx([await hostile()]);
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    expect(xml).not.toMatch(/<f[ >]/);
    const sheet = (await open(bytes)).worksheets[0]!;
    const row = rowStarting(sheet, '目标内容') + 1;
    for (const column of ['C', 'D', 'E']) {
      const cell = sheet.getCell(`${column}${row}`);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
    }
    expect(text(sheet, `C${row}`)).toBe('=HYPERLINK("http://evil.example","点击")');
    expect(text(sheet, `E${row}`)).toBe('-2+3');
    expect(text(sheet, `B${rowStarting(sheet, '实施单位')}`)).toBe('+cmd|calc');
  });

  it('turns a name Excel refuses into a valid sheet name', async () => {
    const sheet = (await open(await writeXlsx([await hostile()]))).worksheets[0]!;
    expect(sheet.name).toBe('@evil_1______名称');
    expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
  });
});

describe('writeXlsx: other frameworks and several tables', () => {
  it('prints a cn-2021 table as the MoF 申报表 with amounts in 万元', async () => {
    const table = generateTables(20, 11).find((t) => t.framework === 'cn-2021')!;
    const sheet = (await open(await writeXlsx([table]))).worksheets[0]!;
    expect(text(sheet, 'A1')).toBe('项目支出绩效目标申报表');
    expect(text(sheet, 'A2')).toBe(`（${table.project.year}年度）`);
    const funds = rowStarting(sheet, '项目资金（万元）', '项目资金总额');
    // The number in 万元 is exactly the total in fen: no float rounding.
    const written = String(sheet.getCell(`C${funds}`).value);
    expect(parseAmount(written, '万元')).toBe(parseAmount(table.project.amount.total!, '元'));
    rowStarting(sheet, '一级指标', '二级指标', '三级指标', '指标值', '指标值设定依据');
  });

  it('writes one sheet per table, with unique names', async () => {
    const seed = await readSeed();
    const book = await open(await writeXlsx([seed, seed, ...generateTables(2, 3)]));
    const names = book.worksheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['科学技术普及', '科学技术普及 (2)']);
    expect(new Set(names).size).toBe(4);
  });

  it('writes a workbook Excel can open even with no table', async () => {
    const book = await open(await writeXlsx([]));
    expect(book.worksheets).toHaveLength(1);
  });
});
