/**
 * A Word document's body (`word/document.xml`) as paragraphs and tables in reading order, read
 * straight from its XML. Word merges cells with `w:gridSpan` (across) and `w:vMerge` (down: a
 * "restart" cell and "continue" cells below it); both become merged copies here, so category
 * cells spanning many rows reach the grid interpreter as they do from a workbook. A table that
 * holds another table is read as layout, its cells flowing like paragraphs.
 */

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { Location } from '../../core/table/target-table.js';
import { type DocumentBlock, MAX_TABLE_COLUMNS } from '../grid/document.js';
import { cellText, type GridCell, type GridRow } from '../grid/grid.js';

/** The local name of a namespaced element: w:tbl → tbl. */
const local = (node: Element): string => {
  const colon = node.name.indexOf(':');
  return colon < 0 ? node.name : node.name.slice(colon + 1);
};

const child = (node: Element | undefined, name: string): Element | undefined =>
  node?.children.find((c): c is Element => isTag(c) && local(c) === name);

/** The w:val attribute, whatever the prefix. */
const val = (node: Element | undefined): string | undefined => {
  if (!node) return undefined;
  for (const [key, value] of Object.entries(node.attribs))
    if (key === 'w:val' || key.endsWith(':val') || key === 'val') return value;
  return undefined;
};

/** Runs deleted in tracked changes, the fallback copy of a text box, field codes: not text. */
const NOT_TEXT = new Set(['del', 'Fallback', 'instrText', 'delText', 'rPr', 'pPr', 'tcPr', 'trPr']);

/**
 * The text of a paragraph, table cell or any part: w:t text, tabs and breaks. `lineBreak` is
 * what a break or a new paragraph becomes (a line inside a cell, a fact separator outside).
 */
function textOf(root: Element, lineBreak: string): string {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) continue; // only w:t carries text; whitespace between tags is layout
    if (!isTag(node)) continue;
    const name = local(node);
    if (NOT_TEXT.has(name)) continue;
    if (name === 't') {
      for (const c of node.children) if (isText(c)) out += c.data;
      continue;
    }
    if (name === 'tab' || name === 'ptab') out += '\t';
    else if (name === 'br' || name === 'cr') out += lineBreak;
    else if (name === 'noBreakHyphen') out += '-';
    else if (name === 'p' && out !== '') out += lineBreak;
    for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k]!);
  }
  return out;
}

/** True when a table holds another table: then it only lays the page out. */
function holdsTable(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (local(node) === 'tbl') return true;
    for (const c of node.children) stack.push(c);
  }
  return false;
}

/** Rows and cells may sit inside content controls (w:sdt) and custom XML wrappers. */
function unwrap(node: Element, name: string): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isTag(n)) continue;
    const l = local(n);
    if (l === name) out.push(n);
    else if (l === 'sdt' || l === 'sdtContent' || l === 'customXml')
      for (let k = n.children.length - 1; k >= 0; k -= 1) stack.push(n.children[k]!);
  }
  return out;
}

const count = (text: string | undefined): number => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, MAX_TABLE_COLUMNS) : 0;
};

/** A Word table as grid rows: gridSpan → copies from the left, vMerge → copies from above. */
function tableRows(table: Element, number: number): GridRow[] {
  const rows: GridRow[] = [];
  let above: GridCell[] = [];
  unwrap(table, 'tr').forEach((tr, r) => {
    const at: Location = { table: number, row: r + 1 };
    const cells: GridCell[] = [];
    const before = count(val(child(child(tr, 'trPr'), 'gridBefore')));
    for (let k = 0; k < before; k += 1) cells.push({ text: '', at });
    for (const tc of unwrap(tr, 'tc')) {
      if (cells.length >= MAX_TABLE_COLUMNS) break;
      const props = child(tc, 'tcPr');
      const width = Math.min(
        Math.max(1, count(val(child(props, 'gridSpan')))),
        MAX_TABLE_COLUMNS - cells.length,
      );
      const vMerge = child(props, 'vMerge');
      const continues = vMerge !== undefined && val(vMerge) !== 'restart';
      const hMerge = child(props, 'hMerge');
      const col = cells.length;
      if (continues && above[col] !== undefined) {
        cells.push({ text: above[col]!.text, at, merged: 'above' });
      } else if (hMerge !== undefined && val(hMerge) !== 'restart' && col > 0) {
        cells.push({ text: cells[col - 1]!.text, at, merged: 'left' });
      } else {
        cells.push({ text: cellText(textOf(tc, '\n')), at });
      }
      const text = cells[col]!.text;
      for (let k = 1; k < width; k += 1) cells.push({ text, at, merged: 'left' });
    }
    rows.push({ cells, at });
    above = cells;
  });
  return rows;
}

/** The paragraphs and data tables of a Word document's XML, in reading order. */
export function docxBlocks(xml: string): DocumentBlock[] {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const blocks: DocumentBlock[] = [];
  let paragraphs = 0;
  let tables = 0;
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    const name = local(node);
    if (NOT_TEXT.has(name) || name === 'sectPr') continue;
    if (name === 'p') {
      const text = textOf(node, '\t').trim();
      if (text === '') continue;
      paragraphs += 1;
      blocks.push({ kind: 'paragraph', text, at: { paragraph: paragraphs } });
      continue;
    }
    if (name === 'tbl' && !holdsTable(node)) {
      tables += 1;
      blocks.push({ kind: 'table', rows: tableRows(node, tables) });
      continue;
    }
    for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k]!);
  }
  return blocks;
}
