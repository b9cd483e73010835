/**
 * A worksheet → a grid in one pass over its stored cells. Merged ranges need no lookup: ExcelJS
 * marks every covered cell as a merge copy pointing at its master, so each copy takes the
 * master's text and says from which side it came.
 */

import ExcelJS from 'exceljs';
import type { Location } from '../../core/table/target-table.js';
import type { Grid, GridCell, GridRow } from '../grid/grid.js';
import { cellText } from '../grid/grid.js';
import { cellValueText } from './cell-text.js';

/** Tables are never this wide; cells past it are counted, not read (a hostile XFD1 stays cheap). */
export const MAX_COLUMNS = 256;

const LETTERS: string[] = [''];
for (let n = 1; n <= MAX_COLUMNS; n += 1) {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  LETTERS.push(s);
}

/** A1-style address of a cell. */
export const cellAddress = (row: number, col: number): string => `${LETTERS[col] ?? col}${row}`;

/** A worksheet's grid, and what did not fit in it. */
export interface SheetGrid {
  readonly grid: Grid;
  /** How many stored cells lay past `MAX_COLUMNS` and were left out. */
  readonly clipped: number;
}

/** Reads one worksheet into a grid located by sheet name and A1 cell. */
export function sheetGrid(sheet: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const name = sheet.name;
  const rows: GridRow[] = [];
  const masterText = new Map<ExcelJS.Cell, string>();
  let clipped = 0;

  const textOf = (cell: ExcelJS.Cell): string =>
    cellText(cellValueText(cell.value, cell.numFmt, date1904));

  sheet.eachRow((row, r) => {
    const cells: (GridCell | undefined)[] = new Array(Math.min(row.cellCount, MAX_COLUMNS));
    row.eachCell((cell, c) => {
      if (c > MAX_COLUMNS) {
        clipped += 1;
        return;
      }
      const at: Location = { sheet: name, cell: cellAddress(r, c) };
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        let text = masterText.get(master);
        if (text === undefined) {
          text = textOf(master);
          masterText.set(master, text);
        }
        // Copies in the master's row came from the left; the rest of its column, from above.
        cells[c - 1] = { text, at, merged: Number(master.col) < c ? 'left' : 'above' };
      } else {
        cells[c - 1] = { text: textOf(cell), at };
      }
    });
    for (let k = 0; k < cells.length; k += 1)
      cells[k] ??= { text: '', at: { sheet: name, cell: cellAddress(r, k + 1) } };
    rows.push({ cells: cells as GridCell[], at: { sheet: name, row: r } });
  });
  return { grid: { rows, part: name }, clipped };
}
