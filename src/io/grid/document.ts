/**
 * Documents (HTML pages, Word files) hold tables between paragraphs. They are read as one grid in
 * reading order: a paragraph becomes a row of its own (split where it states several facts, as
 * "实施单位：…　主管部门：…"), a table adds its rows. The grid interpreter then finds the header
 * block, the indicator header and where a new table starts, exactly as in a workbook.
 */

import type { Location } from '../../core/table/target-table.js';
import { cellText, type Grid, type GridCell, type GridRow } from './grid.js';
import { fieldOfLabel } from './header-block.js';

/** A cell of a document table before its spans are laid out (HTML rowspan/colspan). */
export interface SpanCell {
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** A paragraph (with where it stands) or a table's laid-out rows, in reading order. */
export type DocumentBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly at: Location }
  | { readonly kind: 'table'; readonly rows: readonly GridRow[] };

/** No target table is wider; wider spans are cut here. */
export const MAX_TABLE_COLUMNS = 256;
/**
 * Cells one table may spread its spans over, counting the empty cells that pad the rows they
 * reach; hostile rowspan × colspan stops here. A real table has a few thousand cells.
 */
export const MAX_TABLE_CELLS = 200_000;

/**
 * Lays out rows of spanning cells as grid rows. A cell covered by a span holds a copy of the
 * master's text: from the left in the master's row and in the columns right of it, from above
 * in the master's column. Overlapping spans keep the first claim, as browsers do.
 */
export function spanRows(
  rows: readonly (readonly SpanCell[])[],
  locate: (row: number) => Location,
): GridRow[] {
  const slots: (GridCell | undefined)[][] = rows.map(() => []);
  let budget = MAX_TABLE_CELLS;
  rows.forEach((row, r) => {
    const line = slots[r]!;
    let c = 0;
    for (const cell of row) {
      while (line[c] !== undefined) c += 1;
      if (c >= MAX_TABLE_COLUMNS) break;
      const at = locate(r);
      line[c] = { text: cell.text, at };
      // rowspan="0" means "to the end of the table", as in HTML.
      const down = cell.rowSpan === 0 ? rows.length - r : cell.rowSpan;
      let height = Math.max(1, Math.min(down, rows.length - r));
      let width = Math.max(1, Math.min(cell.colSpan, MAX_TABLE_COLUMNS - c));
      // Each row a span reaches is padded out to its right edge: count that too.
      if ((c + width) * height > budget) height = width = 1;
      budget -= (c + width) * height;
      for (let dr = 0; dr < height; dr += 1)
        for (let dc = 0; dc < width; dc += 1) {
          if (dr === 0 && dc === 0) continue;
          const target = slots[r + dr]!;
          if (target[c + dc] !== undefined) continue;
          target[c + dc] = {
            text: cell.text,
            at: locate(r + dr),
            merged: dc > 0 ? 'left' : 'above',
          };
        }
      c += width;
    }
  });
  return slots.map((line, r) => {
    const at = locate(r);
    const cells: GridCell[] = Array.from(line, (cell) => cell ?? { text: '', at });
    return { cells, at };
  });
}

/** "实施单位：甲　主管部门：乙" → the two facts; a long value with single spaces stays whole. */
export function paragraphCells(text: string): string[] {
  const pieces = text.split(/\t|[ \u00a0\u3000]{2,}|\u3000/).map(cellText);
  const out: string[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    // Split again before a known label followed by a colon: "项目名称：甲 项目编码：123".
    let start = 0;
    for (const m of piece.matchAll(/ ([^\s：:]{2,16})[：:]/g)) {
      if (fieldOfLabel(m[1]!) === null) continue;
      out.push(piece.slice(start, m.index).trim());
      start = m.index + 1;
    }
    out.push(piece.slice(start).trim());
  }
  return out.filter((t) => t !== '');
}

/** A document's blocks in reading order as one grid. */
export function documentGrid(blocks: readonly DocumentBlock[], part?: string): Grid {
  const rows: GridRow[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      for (const row of block.rows) rows.push(row);
      continue;
    }
    const cells = paragraphCells(block.text).map((text) => ({ text, at: block.at }));
    if (cells.length > 0) rows.push({ cells, at: block.at });
  }
  return part === undefined ? { rows } : { rows, part };
}
