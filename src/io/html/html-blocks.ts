/**
 * An HTML page as paragraphs and tables in reading order. Government systems publish target
 * tables as web pages and export them as ".xls" files that are really HTML; both lay the table
 * out with rowspan/colspan, and often wrap everything in a layout table. A table that holds
 * other tables is read as layout (its cells flow like paragraphs); a table without nested tables
 * is data. The walk is iterative, so hostile nesting cannot overflow the stack.
 */

import type { AnyNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { DocumentBlock, SpanCell } from '../grid/document.js';
import { spanRows } from '../grid/document.js';
import { cellText } from '../grid/grid.js';

/** Elements whose content is never page text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'object',
  'iframe',
  'button',
  'option',
]);

/** Elements that end a line of text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Source whitespace collapses as a browser collapses it; &nbsp; and 　 stay, they space facts. */
const collapse = (text: string): string => text.replace(/[ \t\r\n\f]+/g, ' ');

/** What a form control shows: the value of a text input, the chosen option of a select. */
function controlText(node: Element): string | null {
  if (node.name === 'input') {
    const type = (node.attribs.type ?? 'text').toLowerCase();
    return type === 'text' || type === 'number' || type === 'date'
      ? (node.attribs.value ?? '')
      : '';
  }
  if (node.name === 'select') {
    const options = node.children.filter((c): c is Element => isTag(c) && c.name === 'option');
    const chosen = options.find((o) => 'selected' in o.attribs) ?? options[0];
    return chosen ? textOf(chosen) : '';
  }
  return null;
}

/** The text of an element, lines kept where blocks and breaks end them. */
function textOf(root: Element): string {
  let out = '';
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) out += collapse(node.data);
    else if (isTag(node)) {
      if (SKIP.has(node.name)) continue;
      const control = controlText(node);
      if (control !== null) {
        out += ` ${control} `;
        continue;
      }
      if (BLOCK.has(node.name)) out += '\n';
      for (let k = node.children.length - 1; k >= 0; k -= 1) stack.push(node.children[k]!);
    }
  }
  return out;
}

const elementChildren = (node: Element, names: ReadonlySet<string>): Element[] =>
  node.children.filter((c): c is Element => isTag(c) && names.has(c.name));

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const ROW = new Set(['tr']);
const CELL = new Set(['td', 'th']);

/** True when a table holds another table: then it only lays the page out. */
function holdsTable(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (node.name === 'table') return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

const span = (value: string | undefined): number => {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
};

/** The rows of a data table, in the order a browser shows them. */
function tableRows(table: Element): SpanCell[][] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isTag(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (SECTIONS.has(child.name)) rows.push(...elementChildren(child, ROW));
  }
  return rows.map((tr) =>
    elementChildren(tr, CELL).map((td) => ({
      text: cellText(textOf(td)),
      rowSpan: span(td.attribs.rowspan),
      colSpan: span(td.attribs.colspan) || 1,
    })),
  );
}

/** The paragraphs and data tables of an HTML document, in reading order. */
export function htmlBlocks(html: string): DocumentBlock[] {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const blocks: DocumentBlock[] = [];
  let text = '';
  let paragraphs = 0;
  let tables = 0;
  const flush = (): void => {
    const line = text.trim();
    text = '';
    if (line === '') return;
    paragraphs += 1;
    blocks.push({ kind: 'paragraph', text: line, at: { paragraph: paragraphs } });
  };
  type Step = { readonly node: AnyNode; readonly leaving: boolean };
  const stack: Step[] = [...document.children].reverse().map((node) => ({ node, leaving: false }));
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      flush();
      continue;
    }
    if (isText(node)) {
      text += collapse(node.data);
      continue;
    }
    if (!isTag(node) || SKIP.has(node.name)) continue;
    const control = controlText(node);
    if (control !== null) {
      text += ` ${control} `;
      continue;
    }
    if (node.name === 'table' && !holdsTable(node)) {
      flush();
      const caption = node.children.find((c): c is Element => isTag(c) && c.name === 'caption');
      if (caption) {
        text = textOf(caption);
        flush();
      }
      tables += 1;
      const table = tables;
      blocks.push({
        kind: 'table',
        rows: spanRows(tableRows(node), (r) => ({ table, row: r + 1 })),
      });
      continue;
    }
    const block = BLOCK.has(node.name);
    if (block) flush();
    if (block) stack.push({ node, leaving: true });
    for (let k = node.children.length - 1; k >= 0; k -= 1)
      stack.push({ node: node.children[k]!, leaving: false });
  }
  flush();
  return blocks;
}
