/**
 * Form models as one self-contained, print-ready HTML page: A4 landscape, a Chinese font stack,
 * the indicator header repeated on every printed page, rows never split across pages. Every
 * text is escaped, and the page forbids scripts outright (Content-Security-Policy), so a
 * hostile indicator name such as `<script>` comes out as inert text.
 */

import type { FormCell, FormModel, FormRow } from '../xlsx/layout-model.js';
import { xmlSafe } from './cell-text.js';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const FONTS =
  '"SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", ' +
  '"Noto Serif SC", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", ' +
  '"WenQuanYi Micro Hei", serif';

const CSS = `
@page { size: A4 landscape; margin: 12mm 10mm 14mm; }
* { box-sizing: border-box; }
body { font-family: ${FONTS}; font-size: 10.5pt; color: #000; background: #fff; margin: 0; }
.form { margin: 0 auto; }
.form + .form { break-before: page; page-break-before: always; }
h1 { font-size: 18pt; text-align: center; margin: 0 0 4pt; letter-spacing: 1pt; }
.subtitle { text-align: center; margin: 0 0 8pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
table + table { margin-top: -0.5pt; }
th, td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: middle; text-align: left;
  white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
th { font-weight: bold; text-align: center; background: #f2f2f2; }
td.label { font-weight: bold; text-align: center; }
td.center { text-align: center; }
/* A category spans many rows and pages: its label stands at the top, where its rows begin. */
td.category { text-align: center; vertical-align: top; }
td.number { text-align: right; white-space: nowrap; }
td.note { border: none; padding-top: 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
@media screen { body { padding: 16px; } .form { max-width: 277mm; } }
@media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function colgroup(widths: readonly number[]): string {
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const cols = widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`);
  return `<colgroup>${cols.join('')}</colgroup>`;
}

function cellHtml(cell: FormCell, tag: 'td' | 'th'): string {
  const attrs = [
    tag === 'td' ? ` class="${cell.style}"` : '',
    (cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '',
    (cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '',
  ].join('');
  return `<${tag}${attrs}>${escapeHtml(cell.text)}</${tag}>`;
}

/**
 * Rows as `<tr>` elements: cells in column order, empty cells where a row leaves a column
 * open, nothing where a cell from a row above still spans.
 */
function rowsHtml(rows: readonly FormRow[], width: number, tag: 'td' | 'th'): string {
  const coveredUntil = new Array<number>(width).fill(-1);
  return rows
    .map((row, r) => {
      const byCol = new Map(row.cells.map((c) => [c.col, c]));
      const out: string[] = [];
      for (let col = 0; col < width; ) {
        if (coveredUntil[col]! >= r) {
          col += 1;
          continue;
        }
        const cell = byCol.get(col);
        if (cell === undefined) {
          out.push(`<${tag}></${tag}>`);
          col += 1;
          continue;
        }
        const span = Math.max(1, Math.min(cell.colSpan ?? 1, width - col));
        for (let k = col; k < col + span; k += 1) coveredUntil[k] = r + (cell.rowSpan ?? 1) - 1;
        out.push(cellHtml(cell, tag));
        col += span;
      }
      return `<tr>${out.join('')}</tr>`;
    })
    .join('\n');
}

function formHtml(model: FormModel): string {
  const width = model.columns.length;
  const of = (part: FormRow['part']) => model.rows.filter((r) => r.part === part);
  const titles = of('title').map((row, k) => {
    const text = escapeHtml(row.cells.map((c) => c.text).join(' '));
    return k === 0 ? `<h1>${text}</h1>` : `<p class="subtitle">${text}</p>`;
  });
  const cols = colgroup(model.columns);
  const block = of('block');
  const head = of('head');
  const rest = [...of('body'), ...of('foot')];
  const parts = [...titles];
  if (block.length > 0)
    parts.push(
      `<table class="block">${cols}<tbody>\n${rowsHtml(block, width, 'td')}\n</tbody></table>`,
    );
  if (head.length > 0 || rest.length > 0)
    parts.push(
      `<table class="indicators">${cols}<thead>\n${rowsHtml(head, width, 'th')}\n</thead>` +
        `<tbody>\n${rowsHtml(rest, width, 'td')}\n</tbody></table>`,
    );
  return `<section class="form">\n${parts.join('\n')}\n</section>`;
}

/**
 * One HTML page holding the forms, each starting on a new printed page.
 * @example renderHtml([targetLayout(seed)]) // '<!doctype html>\n<html lang="zh-CN">…'
 */
export function renderHtml(models: readonly FormModel[], title: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
${models.map(formHtml).join('\n')}
</body>
</html>
`;
}
