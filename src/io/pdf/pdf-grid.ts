/**
 * Text positioned on PDF pages → a grid. A PDF has no table, only words at coordinates:
 * - words on one baseline make a line; wide gaps split a line into cells;
 * - once the indicator header is found, its cells fix the columns, and every later word goes to
 *   the column under which its centre lies;
 * - lines join into rows: a name wrapped onto a second line, or a value centred between two
 *   lines, continues the row above rather than starting one (see `startsRow`);
 * - a merged category cell prints its label once, at the top of its rows or centred on them.
 *   Labels at the top are left for the grid interpreter to carry down; centred ones are given to
 *   the rows they are centred on (see `centredSpans`);
 * - page numbers and a running page header are dropped; the repeated indicator header on later
 *   pages is skipped by the grid interpreter itself.
 *
 * Limits: text must run left to right on horizontal baselines. Vertical text (a label printed one
 * character per line) is joined back only in the category columns.
 */

import { level1OfLabel, level2OfLabel } from '../../core/framework/labels.js';
import type { Location } from '../../core/table/target-table.js';
import { type ColumnRole, roleOfHeader } from '../grid/columns.js';
import { cellText, type Grid, type GridRow } from '../grid/grid.js';
import { fieldOfLabel } from '../grid/header-block.js';

/** A run of text as the PDF placed it: x, y of its baseline start (y grows upward), font size. */
export interface PdfItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/** The text runs of one page, numbered from 1. */
export interface PdfPage {
  readonly number: number;
  readonly items: readonly PdfItem[];
}

interface Cell {
  text: string;
  x0: number;
  x1: number;
}

interface Line {
  readonly page: number;
  readonly index: number;
  readonly y: number;
  readonly size: number;
  readonly cells: Cell[];
}

/** "第 1 页 共 2 页", "Page 1 of 2": a page number wherever it stands. */
const PAGE_NUMBER = /^(?:第\s*\d+\s*页(?:\s*[,，]?\s*共\s*\d+\s*页)?|page\s*\d+(?:\s*of\s*\d+)?)$/i;
/** "- 1 -", "1/2", "1": a page number only in the first or last line of a page. */
const BARE_PAGE_NUMBER = /^(?:-\s*\d+\s*-|\d+\s*\/\s*\d+|\d+)$/;

/** Items on one baseline (within half a font size) make a line; lines run top to bottom. */
function pageLines(page: PdfPage): Line[] {
  const items = page.items
    .filter((item) => item.text.trim() !== '')
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const tolerance = Math.max(1, Math.min(item.size, group?.[0]?.size ?? item.size) * 0.5);
    if (group && Math.abs(group[0]!.y - item.y) <= tolerance) group.push(item);
    else groups.push([item]);
  }
  return groups.map((group, k) => {
    group.sort((a, b) => a.x - b.x);
    const size = Math.max(...group.map((i) => i.size));
    return {
      page: page.number,
      index: k + 1,
      y: group[0]!.y,
      size,
      cells: splitCells(group, size),
    };
  });
}

/** Joins runs closer than half a character; a wider gap, or two spaces inside a run, starts a cell. */
function splitCells(items: readonly PdfItem[], size: number): Cell[] {
  const cells: Cell[] = [];
  for (const item of items) {
    const parts = item.text.split(/\s{2,}|\u3000+/);
    const step = parts.length > 1 ? item.width / item.text.length : 0;
    let offset = 0;
    for (const part of parts) {
      const x0 = item.x + offset * step;
      const x1 = parts.length > 1 ? x0 + part.length * step : item.x + item.width;
      offset += part.length + 2;
      if (part.trim() === '') continue;
      const last = cells.at(-1);
      if (last && x0 - last.x1 < size * 0.5) {
        last.text += part;
        last.x1 = Math.max(last.x1, x1);
      } else cells.push({ text: part, x0, x1 });
    }
  }
  for (const cell of cells) cell.text = cellText(cell.text);
  return cells.filter((c) => c.text !== '');
}

interface Column {
  readonly role: ColumnRole | null;
  readonly left: number;
  readonly right: number;
}

/** The header's columns: each reaches halfway to its neighbours' header text. */
function columnsOf(header: readonly Cell[]): Column[] {
  const sorted = [...header].sort((a, b) => a.x0 - b.x0);
  return sorted.map((cell, k) => ({
    role: roleOfHeader(cell.text),
    left: k === 0 ? Number.NEGATIVE_INFINITY : (sorted[k - 1]!.x1 + cell.x0) / 2,
    right: k === sorted.length - 1 ? Number.POSITIVE_INFINITY : (cell.x1 + sorted[k + 1]!.x0) / 2,
  }));
}

/** True when a line is an indicator header: a name column and two more roles at least. */
function isHeader(cells: readonly Cell[]): boolean {
  const roles = new Set(cells.map((c) => roleOfHeader(c.text)).filter((r) => r !== null));
  return roles.has('name') && roles.size >= 3;
}

/** A line's cells placed into the header's columns (several words in one column are joined). */
function place(cells: readonly Cell[], columns: readonly Column[]): string[] {
  const out = columns.map(() => '');
  for (const cell of cells) {
    const centre = (cell.x0 + cell.x1) / 2;
    let k = columns.findIndex((c) => centre >= c.left && centre < c.right);
    if (k < 0) k = 0;
    out[k] = out[k] === '' ? cell.text : `${out[k]} ${cell.text}`;
  }
  return out;
}

const isCategory = (text: string): boolean =>
  text !== '' && (level1OfLabel(text) !== null || level2OfLabel(text) !== null);

const isCategoryRole = (role: ColumnRole | null): boolean => role === 'level1' || role === 'level2';

const isValueRole = (role: ColumnRole | null): boolean => role === 'target' || role === 'actual';

/** Text that continues onto a second line: Chinese joins directly, other text with a space. */
const join = (a: string, b: string): string =>
  a === ''
    ? b
    : b === ''
      ? a
      : /[\p{Script=Han}，。；、）》”]$/u.test(a)
        ? `${a}${b}`
        : `${a} ${b}`;

/** A row being assembled from the lines of one table row. */
interface Row {
  readonly texts: string[];
  readonly at: Location;
  readonly top: number;
  bottom: number;
  readonly size: number;
  /** A line holding nothing but a category label that spans the table: never joined. */
  readonly floating: boolean;
}

/** A category label printed in a category column, with where it stands. */
interface Label {
  text: string;
  y: number;
  bottom: number;
  readonly size: number;
}

/**
 * True when a line begins a new row instead of continuing `row`. The lines of one row lie closer
 * than 1.3 font sizes. Only a line bringing both a name and a value starts a row (unless the row
 * so far holds neither: the first line of a source centred on a one-line name); a line with only
 * a wrapped name, a wrapped source, or a value centred between two lines continues the row.
 */
function startsRow(
  texts: readonly string[],
  y: number,
  size: number,
  row: Row,
  columns: readonly Column[],
): boolean {
  if (row.floating || row.bottom - y > size * 1.3) return true;
  const has = (list: readonly string[], test: (role: ColumnRole | null) => boolean): boolean =>
    list.some((t, k) => t !== '' && test(columns[k]!.role));
  const isName = (role: ColumnRole | null): boolean => role === 'name';
  if (!has(texts, isName) || !has(texts, isValueRole)) return false;
  return has(row.texts, isName) || has(row.texts, isValueRole);
}

/**
 * Gives centred labels to their rows. Labels follow each other down the column and their cells
 * do too, so each label's cell starts where the previous one ended and reaches the row that puts
 * its middle closest to the label.
 */
function centredSpans(rows: readonly Row[], labels: readonly Label[]): Map<number, string> {
  const first = new Map<number, string>();
  let start = 0;
  for (const label of labels) {
    if (start >= rows.length) break;
    const middle = (label.y + label.bottom) / 2;
    let best = start;
    let distance = Number.POSITIVE_INFINITY;
    for (let end = start; end < rows.length; end += 1) {
      const d = Math.abs((rows[start]!.top + rows[end]!.bottom) / 2 - middle);
      if (d > distance) break;
      distance = d;
      best = end;
    }
    first.set(start, label.text);
    start = best + 1;
  }
  return first;
}

/**
 * Joins label pieces stacked in one column: a label wrapped onto two lines (可持续/影响) joins
 * until it reads as a category; one printed vertically, a character per line (产/出/目/标), keeps
 * taking single characters (产出 alone would already read as a category).
 */
function joinPieces(pieces: readonly Label[]): Label[] {
  const labels: (Label & { vertical: boolean })[] = [];
  for (const piece of pieces) {
    const last = labels.at(-1);
    const close = last !== undefined && last.bottom - piece.y <= piece.size * 1.3;
    const single = [...piece.text].length === 1;
    if (last && close && ((last.vertical && single) || !isCategory(last.text))) {
      last.text = join(last.text, piece.text);
      last.bottom = piece.y;
      last.vertical &&= single;
    } else labels.push({ ...piece, vertical: single });
  }
  return labels;
}

/** The rows of one page's part of a table, with their category columns filled in. */
function segmentRows(lines: readonly Line[], columns: readonly Column[]): GridRow[] {
  const rows: Row[] = [];
  const pieces = new Map<number, Label[]>();
  for (const line of lines) {
    const texts = place(line.cells, columns);
    const filled = texts.filter((t) => t !== '');
    const at: Location = { page: line.page, line: line.index };
    if (
      filled.length === 1 &&
      isCategory(filled[0]!) &&
      !isCategoryRole(columns[texts.indexOf(filled[0]!)]!.role)
    ) {
      rows.push({ texts, at, top: line.y, bottom: line.y, size: line.size, floating: true });
      continue;
    }
    texts.forEach((text, k) => {
      if (text === '' || !isCategoryRole(columns[k]!.role)) return;
      const list = pieces.get(k) ?? [];
      list.push({ text, y: line.y, bottom: line.y, size: line.size });
      pieces.set(k, list);
      texts[k] = '';
    });
    if (texts.every((t) => t === '')) continue;
    const row = rows.at(-1);
    if (row && !startsRow(texts, line.y, line.size, row, columns)) {
      texts.forEach((t, k) => {
        row.texts[k] = join(row.texts[k]!, t);
      });
      row.bottom = line.y;
      continue;
    }
    rows.push({ texts, at, top: line.y, bottom: line.y, size: line.size, floating: false });
  }
  const content = rows.filter((r) => !r.floating);
  for (const [k, list] of pieces) {
    const labels = joinPieces(list);
    const near = (label: Label, row: Row): boolean =>
      Math.abs(label.y - row.top) <= label.size * 0.5;
    // At the top of their cells (Word's default) every label shares a line with a row's start,
    // the first one with the first row; anything else was centred.
    const atTop =
      labels.every((l) => content.some((r) => near(l, r))) &&
      content[0] !== undefined &&
      labels[0] !== undefined &&
      near(labels[0], content[0]);
    if (atTop) {
      for (const label of labels) {
        const row = content.find((r) => near(label, r));
        if (row) row.texts[k] = label.text;
      }
      continue;
    }
    for (const [index, text] of centredSpans(content, labels)) content[index]!.texts[k] = text;
  }
  return rows.map((row) => ({
    cells: row.texts.map((text) => ({ text, at: row.at })),
    at: row.at,
  }));
}

/** Lines at the top of later pages repeating lines of the first page's top (a running header). */
function runningLines(pages: readonly Line[][]): Set<string> {
  const first = pages[0] ?? [];
  return new Set(first.slice(0, 6).map((l) => l.cells.map((c) => c.text).join(' ')));
}

const lineText = (line: Line): string => line.cells.map((c) => c.text).join(' ');

/**
 * Header cells stacked over up to three lines (a header row whose narrow cells wrap: 一级/指标,
 * with the one-line headers centred between), joined column by column: a cell overlapping one
 * above it continues it.
 */
function stackedHeader(lines: readonly Line[]): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines)
    for (const cell of line.cells) {
      const above = cells.find((c) => cell.x0 < c.x1 && c.x0 < cell.x1);
      if (above) {
        above.text = join(above.text, cell.text);
        above.x0 = Math.min(above.x0, cell.x0);
        above.x1 = Math.max(above.x1, cell.x1);
      } else cells.push({ ...cell });
    }
  return cells.sort((a, b) => a.x0 - b.x0);
}

/** A header cell or a piece of one: short words, no figures, no project label (项目名称). */
const isHeaderPiece = (cell: Cell): boolean =>
  cell.text.length <= 10 && !/\d/.test(cell.text) && fieldOfLabel(cell.text) === null;

/**
 * The indicator header starting at line `k`, on one line or stacked over two or three close
 * lines, with how many lines it took; null when none starts there.
 */
function headerAt(list: readonly Line[], k: number): { cells: Cell[]; height: number } | null {
  const first = list[k]!;
  if (isHeader(first.cells)) return { cells: first.cells, height: 1 };
  // The tallest stack first: two lines of a three-line header may already read as one.
  for (let height = 3; height >= 2; height -= 1) {
    const stack = list.slice(k, k + height);
    if (stack.length < height) continue;
    const close = stack.every((l, i) => i === 0 || stack[i - 1]!.y - l.y <= first.size * 1.5);
    if (!close || !stack.every((l) => l.cells.every(isHeaderPiece))) continue;
    const cells = stackedHeader(stack);
    if (isHeader(cells)) return { cells, height };
  }
  return null;
}

/** Reads the text of a PDF's pages into a grid located by page and line. */
export function pdfGrid(pages: readonly PdfPage[]): Grid {
  const lines = pages.map(pageLines);
  const running = runningLines(lines);
  const rows: GridRow[] = [];
  let columns: Column[] | null = null;
  for (const [p, list] of lines.entries()) {
    let segment: Line[] = [];
    const flush = (): void => {
      if (columns !== null && segment.length > 0) rows.push(...segmentRows(segment, columns));
      segment = [];
    };
    for (let k = 0; k < list.length; k += 1) {
      const line = list[k]!;
      const text = lineText(line);
      const edge = k === 0 || k === list.length - 1;
      if (PAGE_NUMBER.test(text) || (edge && BARE_PAGE_NUMBER.test(text))) continue;
      const header = headerAt(list, k);
      // A running header repeats at the top or bottom of every page.
      if (header === null && running.has(text) && (p > 0 || k >= 6)) continue;
      const at: Location = { page: line.page, line: line.index };
      if (header !== null) {
        flush();
        columns = columnsOf(header.cells);
        rows.push({ cells: place(header.cells, columns).map((t) => ({ text: t, at })), at });
        k += header.height - 1;
        continue;
      }
      if (columns === null) rows.push({ cells: line.cells.map((c) => ({ text: c.text, at })), at });
      else segment.push(line);
    }
    flush();
  }
  return { rows };
}
