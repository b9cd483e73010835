/**
 * A grid is what every tabular reader produces: rows of cell texts with their locations.
 * One interpreter (`readGrid`) turns a grid into target tables, so text, CSV, XLSX, DOCX, HTML
 * and PDF are read by the same rules.
 */

import type { Location } from '../../core/table/target-table.js';

export interface GridCell {
  readonly text: string;
  readonly at: Location;
  /**
   * Set on the copies a merged cell leaves in the cells it covers: the text is the master's.
   * Copies from the left are skipped in the header block; copies from above carry a
   * category down the rows it spans.
   */
  readonly merged?: 'left' | 'above';
}

export interface GridRow {
  readonly cells: readonly GridCell[];
  readonly at: Location;
}

export interface Grid {
  readonly rows: readonly GridRow[];
  /** Sheet name, or "表格 2" for the second table of a document. */
  readonly part?: string;
}

/** Cell text for reading: NFKC-free, but with line breaks inside a cell joined. */
export function cellText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u3000]*\n[ \t\u00a0\u3000]*/g, '\n')
    .replace(/(\p{Script=Han}|[，。；：、）》”])\n(?=\p{Script=Han}|[（《“])/gu, '$1')
    .replace(/\n/g, ' ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

const PLAIN_HAN = /^[\u4e00-\u9fff]*$/;

/** A comparable key for a header or label cell: no spaces, half-width, no trailing colon. */
export function labelKey(text: string): string {
  // Plain Chinese words (most cells) are their own key; NFKC is the costly step, so skip it.
  if (PLAIN_HAN.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[:：]+$/, '');
}

export const nonEmpty = (row: GridRow): GridCell[] => row.cells.filter((c) => c.text !== '');
