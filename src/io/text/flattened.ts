/**
 * Tables flattened by copy-paste or PDF extraction into one line or one paragraph, cells
 * separated only by single spaces. Rows are found again by their category words (数量, 质量, …
 * each starting a row) and by the shape of target values; the result is an ordinary grid.
 */

import { level1OfLabel, level2OfLabel } from '../../core/framework/labels.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { type ColumnRole, roleOfHeader } from '../grid/columns.js';
import type { Grid, GridRow } from '../grid/grid.js';
import { fieldOfLabel } from '../grid/header-block.js';

interface Word {
  readonly text: string;
  readonly line: number;
}

const HEADER_TEXT: Readonly<Record<ColumnRole, string>> = {
  level1: '一级指标',
  level2: '二级指标',
  name: '三级指标',
  target: '指标值',
  op: '指标性质',
  unit: '度量单位',
  source: '目标值来源',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
  deviation: '偏差原因',
};

/** A row starts at a level-2 label standing alone as a word (数量, 服务对象满意度指标). */
const isCategoryWord = (w: string): boolean => w.length <= 12 && level2OfLabel(w) !== null;
const isFloatingLevel1 = (w: string): boolean =>
  level1OfLabel(w) !== null && level2OfLabel(w) === null;

/**
 * True when a word reads as a target value rather than as part of a name. The year only lets
 * relative deadlines (本年内完成, 年内完成) read as the dates they are.
 */
function looksLikeValue(text: string, year: number): boolean {
  const v = parseTargetValue(text, { year });
  if (v.kind === 'text') return v.level !== undefined || v.placeholder === true;
  return true;
}

/** The table's year as its title states it ("(2019年)"), for reading relative deadlines. */
function yearOf(text: string): number {
  const m = /((?:19|20)\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : 2000;
}

function words(text: string): Word[] {
  const out: Word[] = [];
  text.split(/\r\n?|\n/).forEach((line, i) => {
    for (const w of line.split(/[ \t\u3000]+/)) if (w !== '') out.push({ text: w, line: i + 1 });
  });
  return out;
}

/** Header-block words → label/value rows; words before any label (title, year) → rows of their own. */
function headerRows(ws: readonly Word[]): GridRow[] {
  const rows: GridRow[] = [];
  let label: Word | null = null;
  let value: Word[] = [];
  const flush = (): void => {
    if (label) {
      const at = { line: label.line };
      const valueText = value.map((w) => w.text).join(' ');
      rows.push({
        cells: [
          { text: label.text, at },
          { text: valueText, at: { line: value[0]?.line ?? label.line } },
        ],
        at,
      });
    }
    label = null;
    value = [];
  };
  for (const w of ws) {
    const inline = /^([^：:]{2,16})[：:](.*)$/.exec(w.text);
    if (inline && fieldOfLabel(inline[1]!) !== null) {
      flush();
      label = { text: inline[1]!, line: w.line };
      if (inline[2]) value.push({ text: inline[2], line: w.line });
    } else if (fieldOfLabel(w.text) !== null) {
      flush();
      label = w;
    } else if (label) {
      value.push(w);
    } else {
      rows.push({ cells: [{ text: w.text, at: { line: w.line } }], at: { line: w.line } });
    }
  }
  flush();
  return rows;
}

/** Reads a flattened table into a grid that `readGrid` understands. */
export function flattenedGrid(text: string): Grid {
  const ws = words(text);
  // The indicator header, if it survived: three or more header words in a row.
  let headerAt = -1;
  let roles: ColumnRole[] = [];
  for (let i = 0; i < ws.length && headerAt < 0; i += 1) {
    const run: ColumnRole[] = [];
    for (let j = i; j < ws.length; j += 1) {
      const role = roleOfHeader(ws[j]!.text);
      if (role === null) break;
      run.push(role);
    }
    if (run.length >= 3 && run.includes('name')) {
      headerAt = i;
      roles = run;
    }
  }
  const firstRow = ws.findIndex(
    (w, i) => i > headerAt && isCategoryWord(w.text) && i + 1 < ws.length,
  );
  const bodyStart = headerAt >= 0 ? headerAt : firstRow < 0 ? ws.length : firstRow;
  const rows: GridRow[] = headerRows(ws.slice(0, bodyStart));
  if (firstRow < 0) return { rows };

  if (roles.length === 0) roles = ['level2', 'name', 'target', 'source'];
  const after = roles.slice(roles.indexOf('level2') + 1); // name, target, … in the header's order
  const headerLine = ws[Math.max(headerAt, 0)]!.line;
  rows.push({
    cells: ['level2', ...after].map((role) => ({
      text: HEADER_TEXT[role as ColumnRole],
      at: { line: headerLine },
    })),
    at: { line: headerLine },
  });

  const year = yearOf(text);
  let i = firstRow;
  while (i < ws.length) {
    const start = ws[i]!;
    let end = i + 1;
    // A category word ends the row, unless it comes right after the row's own category: then
    // it is the indicator's name (满意度 | 参加活动人员满意度 | ≥90%).
    while (
      end < ws.length &&
      (end === i + 1 || (!isCategoryWord(ws[end]!.text) && !isFloatingLevel1(ws[end]!.text)))
    )
      end += 1;
    if (isFloatingLevel1(start.text)) {
      rows.push({
        cells: [{ text: start.text, at: { line: start.line } }],
        at: { line: start.line },
      });
      i += 1;
      continue;
    }
    const chunk = ws.slice(i + 1, end);
    rows.push(chunkRow(start, chunk, after, year));
    i = end;
  }
  return { rows };
}

/** One row's words after its category: the name, the value (found by its shape), then the rest. */
function chunkRow(
  category: Word,
  chunk: readonly Word[],
  roles: readonly ColumnRole[],
  year: number,
): GridRow {
  const at = { line: category.line };
  const cells = [{ text: category.text, at }];
  let v = chunk.findIndex((w, k) => k >= 1 && looksLikeValue(w.text, year));
  if (v < 0) v = Math.min(1, chunk.length);
  const name = chunk
    .slice(0, Math.max(v, 1))
    .map((w) => w.text)
    .join('');
  const rest = chunk.slice(Math.max(v, 1));
  const texts: string[] = [name];
  // Roles after the name: one word each, the last takes what remains (a source with spaces).
  const tail = roles.slice(1);
  tail.forEach((_, k) => {
    if (k === tail.length - 1)
      texts.push(
        rest
          .slice(k)
          .map((w) => w.text)
          .join(' '),
      );
    else texts.push(rest[k]?.text ?? '');
  });
  for (const text of texts) cells.push({ text, at });
  return { cells, at };
}
