/**
 * A form model onto an ExcelJS worksheet, print-ready: A4 landscape fitted to the page width,
 * thin borders, wrapped text in 宋体, row heights that show wrapped text, the indicator header
 * row frozen and repeated on every printed page. Text cells are stored as text in the Text
 * number format, so a name such as `=HYPERLINK(…)` is never a formula.
 */

import type ExcelJS from 'exceljs';
import { FORM_LABELS as L } from '../../core/messages/index.js';
import { xmlSafe } from '../forms/cell-text.js';
import { type CellStyle, displayWidth, type FormCell, type FormModel } from './layout-model.js';

/** The most a cell of a workbook holds (Excel specification). */
export const MAX_CELL_TEXT = 32_767;

const FONT = '宋体';
const GB2312 = 134;
const thin = { style: 'thin', color: { argb: 'FF000000' } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};

const font = (size: number, bold = false): Partial<ExcelJS.Font> => ({
  name: FONT,
  size,
  bold,
  charset: GB2312,
});

const STYLES: Readonly<Record<CellStyle, Partial<ExcelJS.Style>>> = {
  title: { font: font(16, true), alignment: { horizontal: 'center', vertical: 'middle' } },
  subtitle: { font: font(11), alignment: { horizontal: 'center', vertical: 'middle' } },
  label: {
    font: font(10, true),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  head: {
    font: font(10, true),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
    fill: HEAD_FILL,
  },
  category: {
    font: font(10),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  text: { font: font(10), alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
  number: { font: font(10), alignment: { horizontal: 'right', vertical: 'middle' } },
  center: {
    font: font(10),
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  },
  note: { font: font(10), alignment: { horizontal: 'left', vertical: 'middle', wrapText: true } },
};

/** Points per line of 10-point text, and the padding of a row. */
const LINE_HEIGHT = 13.5;
const ROW_PADDING = 4;

/** A name Excel accepts for a sheet: no []:*?/\, at most 31 characters, unique in the book. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base =
    xmlSafe(wanted)
      .replace(/[[\]:*?/\\]/g, '_')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k += 1) {
    const suffix = ` (${k})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Text as a cell can hold it. */
const cellString = (text: string): string => xmlSafe(text).slice(0, MAX_CELL_TEXT);

function rowHeight(
  cells: readonly FormCell[],
  widths: readonly number[],
  style: CellStyle,
): number {
  if (style === 'title') return 28;
  if (style === 'subtitle') return 20;
  let lines = 1;
  for (const cell of cells) {
    if ((cell.rowSpan ?? 1) > 1) continue;
    const span = cell.colSpan ?? 1;
    const width = widths.slice(cell.col, cell.col + span).reduce((a, b) => a + b, 0);
    const perLine = Math.max(1, width - 1);
    const n = cell.text
      .split('\n')
      .reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(409, lines * LINE_HEIGHT + ROW_PADDING);
}

function writeCell(sheet: ExcelJS.Worksheet, r: number, cell: FormCell): void {
  const target = sheet.getCell(r, cell.col + 1);
  const style = STYLES[cell.style];
  if (style.font) target.font = style.font;
  if (style.alignment) target.alignment = style.alignment;
  if (style.fill) target.fill = style.fill;
  if (cell.number !== undefined && Number.isFinite(cell.number)) {
    target.value = cell.number;
    if (cell.numFmt) target.numFmt = cell.numFmt;
  } else {
    target.value = cellString(cell.text);
    // Text format: what is typed into the cell later stays text too.
    target.numFmt = '@';
  }
}

/** Adds a worksheet holding the form; returns it for further setup. */
export function renderSheet(
  workbook: ExcelJS.Workbook,
  model: FormModel,
  taken: Set<string>,
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetName(model.name, taken));
  sheet.columns = model.columns.map((width) => ({ width }));
  const width = model.columns.length;
  const headRows: number[] = [];
  model.rows.forEach((row, k) => {
    const r = k + 1;
    if (row.part === 'head') headRows.push(r);
    const bordered = row.part !== 'title' && !row.cells.every((c) => c.style === 'note');
    if (bordered) for (let c = 1; c <= width; c += 1) sheet.getCell(r, c).border = BORDER;
    for (const cell of row.cells) writeCell(sheet, r, cell);
    for (const cell of row.cells) {
      const rows = cell.rowSpan ?? 1;
      const cols = cell.colSpan ?? 1;
      if (rows > 1 || cols > 1) sheet.mergeCells(r, cell.col + 1, r + rows - 1, cell.col + cols);
    }
    const first = row.cells[0]?.style ?? 'text';
    sheet.getRow(r).height = rowHeight(row.cells, model.columns, first);
  });
  const lastHead = headRows.at(-1);
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0, // as many pages as the rows need
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(lastHead ? { printTitlesRow: `${headRows[0]}:${lastHead}` } : {}),
  };
  sheet.headerFooter = { oddFooter: `&C${L.pageFooter.zh}` };
  if (lastHead)
    sheet.views = [
      { state: 'frozen', xSplit: 0, ySplit: lastHead, topLeftCell: `A${lastHead + 1}` },
    ];
  return sheet;
}
