/**
 * XLSX import: our whole read (zip guard, ExcelJS load, grid, interpreter) against ExcelJS's own
 * `workbook.xlsx.load` of the same buffers, measured in the same run. The workbooks are rendered
 * here from generated tables in the layout real forms have (title, header block with merged value
 * cells and amounts in 万元, merged level-1/level-2 cells, borders, wrapped text), because an
 * unstyled sheet is not what people import.
 */

import ExcelJS from 'exceljs';
import { formatWanYuan, yuanToFen } from '../dist/core/money/money.js';
import { readTargetTables } from '../dist/io/read.js';
import type { TargetTable } from '../src/core/table/target-table.js';
import { generateTables } from '../test/support/corpus.js';
import { type Figures, medianMs, round } from './support.js';

const WORKBOOKS = 300;
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** One generated table as a workbook in the printed layout of its framework. */
export async function renderWorkbook(table: TargetTable): Promise<Uint8Array> {
  const p = table.project;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('绩效目标表');
  sheet.columns = [10, 14, 30, 16, 30].map((width) => ({ width }));
  const put = (address: string, value: ExcelJS.CellValue, numFmt?: string): void => {
    const cell = sheet.getCell(address);
    cell.value = value;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    if (numFmt) cell.numFmt = numFmt;
  };
  const wan = (yuan: string | null): number => Number(formatWanYuan(yuanToFen(yuan ?? '0')!));
  put('A1', table.framework === 'cn-2021' ? '项目支出绩效目标表' : '项目绩效目标表');
  sheet.mergeCells('A1:E1');
  sheet.getCell('A1').font = { size: 16, bold: true };
  put('A2', `（${p.year}年度）`);
  sheet.mergeCells('A2:E2');
  put('A3', '项目名称');
  put('B3', p.name);
  sheet.mergeCells('B3:E3');
  put('A4', '主管部门');
  put('B4', p.department);
  sheet.mergeCells('B4:C4');
  put('D4', '实施单位');
  put('E4', p.unit);
  put('A5', '项目资金（万元）');
  sheet.mergeCells('A5:A7');
  put('B5', '年度资金总额');
  put('C5', wan(p.amount.currentYear), '#,##0.00');
  put('B6', '其中：财政拨款');
  put('C6', wan(p.amount.fiscal), '#,##0.00');
  put('B7', '其他资金');
  put('C7', wan(p.amount.other), '#,##0.00');
  put('A8', '年度绩效目标');
  put('B8', p.annualGoal);
  sheet.mergeCells('B8:E8');
  const header = ['一级指标', '二级指标', '三级指标', '指标值', '目标值来源'];
  header.forEach((text, k) => {
    put(`${String.fromCharCode(65 + k)}9`, text);
    sheet.getCell(9, k + 1).font = { bold: true };
  });
  let r = 10;
  let level1Start = r;
  let level2Start = r;
  table.indicators.forEach((indicator, k) => {
    const previous = table.indicators[k - 1];
    const next = table.indicators[k + 1];
    put(`A${r}`, previous?.level1Label === indicator.level1Label ? null : indicator.level1Label);
    put(`B${r}`, previous?.level2Label === indicator.level2Label ? null : indicator.level2Label);
    put(`C${r}`, indicator.name);
    put(`D${r}`, indicator.target.raw);
    put(`E${r}`, indicator.source);
    if (next?.level2Label !== indicator.level2Label) {
      if (r > level2Start) sheet.mergeCells(level2Start, 2, r, 2);
      level2Start = r + 1;
    }
    if (next?.level1Label !== indicator.level1Label) {
      if (r > level1Start) sheet.mergeCells(level1Start, 1, r, 1);
      level1Start = r + 1;
    }
    r += 1;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Import time per workbook, ours and ExcelJS's load, over a corpus rendered in this run. */
export async function bench(): Promise<Figures> {
  const tables = generateTables(WORKBOOKS, 20210101);
  const buffers: Uint8Array[] = [];
  for (const table of tables) buffers.push(await renderWorkbook(table));
  let indicators = 0;
  for (const [k, bytes] of buffers.entries()) {
    const read = await readTargetTables(bytes, { file: `${k}.xlsx` });
    if (!read.ok || read.tables[0]?.indicators.length !== tables[k]!.indicators.length)
      throw new Error(`workbook ${k} did not read back`);
    indicators += tables[k]!.indicators.length;
  }
  const load = async (): Promise<void> => {
    for (const bytes of buffers) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    }
  };
  const ours = async (): Promise<void> => {
    for (const bytes of buffers) await readTargetTables(bytes);
  };
  // Alternate the two so that drift on a shared machine hits both alike.
  const loadTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let k = 0; k < 5; k += 1) {
    loadTimes.push(await medianMs(load, 1));
    ourTimes.push(await medianMs(ours, 1));
  }
  const median = (list: number[]): number => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  const loadMs = median(loadTimes) / WORKBOOKS;
  const ourMs = median(ourTimes) / WORKBOOKS;
  const bytes = buffers.reduce((sum, b) => sum + b.length, 0);
  return {
    'xlsx.workbooks': { value: WORKBOOKS, unit: 'workbooks' },
    'xlsx.indicatorsPerWorkbook': { value: round(indicators / WORKBOOKS, 1), unit: 'indicators' },
    'xlsx.bytesPerWorkbook': { value: Math.round(bytes / WORKBOOKS), unit: 'bytes' },
    'xlsx.excelJsLoadMs': { value: round(loadMs, 3), unit: 'ms/workbook' },
    'xlsx.importMs': {
      value: round(ourMs, 3),
      unit: 'ms/workbook',
      baseline: 'ExcelJS workbook.xlsx.load of the same buffers',
      ratio: round(ourMs / loadMs, 2),
    },
  };
}
