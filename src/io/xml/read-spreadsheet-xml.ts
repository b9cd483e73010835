/**
 * XML Spreadsheet 2003 (SpreadsheetML): the other ".xls" that older finance systems export — an
 * XML file with `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">`. Rows and cells
 * may skip positions (`ss:Index`), merges are `ss:MergeAcross`/`ss:MergeDown`, and numbers carry
 * their number format through a style, so they are shown as in the XLSX reader.
 */

import type { Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { READ_MESSAGES, render } from '../../core/messages/index.js';
import type { Origin, ReaderWarning, TargetTable } from '../../core/table/target-table.js';
import { MAX_NESTING, nestsDeeperThan } from '../detect/nesting.js';
import { MAX_TABLE_CELLS } from '../grid/document.js';
import { cellText, type GridCell, type GridRow } from '../grid/grid.js';
import { readGrid } from '../grid/read-grid.js';
import { InputError } from '../input-error.js';
import { formatDate, formatNumber } from '../xlsx/number-format.js';
import { cellAddress, MAX_COLUMNS } from '../xlsx/sheet-grid.js';

/** The most rows one merged cell may cover and still be spread over them. */
const MAX_MERGE_DOWN = 1000;

/** Rows past this are not read: no target table is longer (and `ss:Index` can jump anywhere). */
const MAX_ROWS = 100_000;

/** The local name of an element: ss:Cell → Cell. */
const local = (node: Element): string => node.name.slice(node.name.indexOf(':') + 1);

const kids = (node: Element, name: string): Element[] =>
  node.children.filter((c): c is Element => isTag(c) && local(c) === name);

/** An attribute by local name, whatever its prefix (ss:Index, Index). */
function attr(node: Element, name: string): string | undefined {
  for (const [key, value] of Object.entries(node.attribs))
    if (key === name || key.endsWith(`:${name}`)) return value;
  return undefined;
}

function textOf(node: Element): string {
  let out = '';
  const stack = [...node.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isText(n)) out += n.data;
    else if (isTag(n))
      for (let k = n.children.length - 1; k >= 0; k -= 1) stack.push(n.children[k]!);
  }
  return out;
}

const index = (text: string | undefined, fallback: number, limit: number): number => {
  const n = Number.parseInt(text ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, limit) : fallback;
};

/** Excel's named formats, as number-format codes. */
const NAMED_FORMATS: Readonly<Record<string, string>> = {
  Percent: '0.00%',
  Fixed: '0.00',
  Standard: '#,##0.00',
  Currency: '#,##0.00',
  'General Number': 'General',
  'General Date': 'yyyy-mm-dd hh:mm',
  'Long Date': 'yyyy-mm-dd',
  'Medium Date': 'yyyy-mm-dd',
  'Short Date': 'yyyy-mm-dd',
};

/** Number formats by style id. */
function styles(workbook: Element): Map<string, string> {
  const formats = new Map<string, string>();
  for (const group of kids(workbook, 'Styles'))
    for (const style of kids(group, 'Style')) {
      const id = attr(style, 'ID');
      const format = kids(style, 'NumberFormat')[0];
      const code = format ? attr(format, 'Format') : undefined;
      if (id !== undefined && code !== undefined) formats.set(id, NAMED_FORMATS[code] ?? code);
    }
  return formats;
}

function valueText(data: Element | undefined, format: string | undefined): string {
  if (data === undefined) return '';
  const raw = textOf(data);
  const type = attr(data, 'Type');
  if (type === 'Number') {
    const n = Number(raw);
    return Number.isFinite(n) && raw.trim() !== '' ? formatNumber(n, format) : raw;
  }
  if (type === 'DateTime') {
    const date = new Date(`${raw.replace(/(\.\d+)?$/, '')}Z`);
    return Number.isNaN(date.getTime()) ? raw : formatDate(date, format ?? 'yyyy-mm-dd');
  }
  if (type === 'Boolean') return raw.trim() === '1' ? 'TRUE' : 'FALSE';
  return raw;
}

/** One worksheet as grid rows, merges laid out as copies from the left and from above. */
function sheetRows(sheet: Element, name: string, formats: Map<string, string>): GridRow[] {
  const slots = new Map<number, Map<number, GridCell>>();
  const slot = (r: number): Map<number, GridCell> => {
    let row = slots.get(r);
    if (!row) {
      row = new Map();
      slots.set(r, row);
    }
    return row;
  };
  let budget = MAX_TABLE_CELLS;
  let r = 0;
  for (const table of kids(sheet, 'Table'))
    for (const row of kids(table, 'Row')) {
      r = index(attr(row, 'Index'), r + 1, MAX_ROWS);
      let c = 0;
      for (const cell of kids(row, 'Cell')) {
        c = index(attr(cell, 'Index'), c + 1, MAX_COLUMNS);
        const style = attr(cell, 'StyleID');
        const text = cellText(
          valueText(kids(cell, 'Data')[0], style ? formats.get(style) : undefined),
        );
        const across = Math.min(index(attr(cell, 'MergeAcross'), 0, MAX_COLUMNS), MAX_COLUMNS - c);
        // No merged cell of a real form spans more rows than this; a larger one is not spread.
        const down = Math.min(index(attr(cell, 'MergeDown'), 0, MAX_ROWS), MAX_ROWS - r);
        const plausible = down <= MAX_MERGE_DOWN;
        // Each row a merge reaches is padded out to its right edge: count that too.
        const covered = (c + across) * (down + 1);
        const spread = plausible && covered <= budget;
        budget -= spread ? covered : c;
        for (let dr = 0; dr <= (spread ? down : 0); dr += 1)
          for (let dc = 0; dc <= (spread ? across : 0); dc += 1) {
            const target = slot(r + dr);
            if (target.has(c + dc)) continue;
            const at = { sheet: name, cell: cellAddress(r + dr, c + dc) };
            const merged = dr === 0 && dc === 0 ? undefined : dc > 0 ? 'left' : 'above';
            target.set(c + dc, merged ? { text, at, merged } : { text, at });
          }
        c += across;
      }
    }
  return [...slots.keys()]
    .sort((a, b) => a - b)
    .map((rowNumber) => {
      const line = slots.get(rowNumber)!;
      const width = Math.max(...line.keys());
      const cells = Array.from(
        { length: width },
        (_, k) =>
          line.get(k + 1) ?? { text: '', at: { sheet: name, cell: cellAddress(rowNumber, k + 1) } },
      );
      return { cells, at: { sheet: name, row: rowNumber } };
    });
}

const hidden = (sheet: Element): boolean =>
  kids(sheet, 'WorksheetOptions').some((options) =>
    kids(options, 'Visible').some((v) => /Hidden/.test(textOf(v))),
  );

/** Reads every target table in an XML Spreadsheet 2003 file's text. */
export function readSpreadsheetXml(text: string, origin: Origin): TargetTable[] {
  const file = origin.file ?? '';
  if (nestsDeeperThan(text, MAX_NESTING, false))
    throw new InputError('tooDeep', { file, limit: MAX_NESTING });
  const document = parseDocument(text, { xmlMode: true, decodeEntities: true });
  const workbook = document.children.find((n): n is Element => isTag(n) && local(n) === 'Workbook');
  if (workbook === undefined) return [];
  const formats = styles(workbook);
  const tables: TargetTable[] = [];
  kids(workbook, 'Worksheet').forEach((sheet, k) => {
    const name = attr(sheet, 'Name') ?? `Sheet${k + 1}`;
    const found = readGrid({ rows: sheetRows(sheet, name, formats), part: name }, origin);
    if (!hidden(sheet)) {
      tables.push(...found);
      return;
    }
    const message = render(READ_MESSAGES.hiddenSheet, { sheet: name });
    const warning: ReaderWarning = {
      code: 'hiddenSheet',
      message: message.zh,
      messageEn: message.en,
    };
    for (const table of found) tables.push({ ...table, warnings: [warning, ...table.warnings] });
  });
  return tables;
}
