/**
 * A printable form as plain data: rows of cells placed on columns, with spans. Every form of
 * jixiao (the target table of each framework, the monitoring form, the self-evaluation form) is
 * built as one of these, then rendered to a worksheet (`layout-render.ts`) or to HTML
 * (`../forms/render-html.ts`), so the workbook and the printed page cannot drift apart.
 */

/** How a cell looks: the renderers map each to fonts, borders and alignment. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'label'
  | 'head'
  | 'category'
  | 'text'
  | 'number'
  | 'center'
  | 'note';

export interface FormCell {
  /** 0-based column. */
  readonly col: number;
  /** The text shown (and written, when there is no `number`). */
  readonly text: string;
  /** Written as a number in a workbook (amounts, weights, scores), shown as `text` elsewhere. */
  readonly number?: number;
  /** Excel number format of `number`. */
  readonly numFmt?: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly style: CellStyle;
}

/**
 * Which part of the form a row belongs to: the title lines, the header block of project facts,
 * the indicator header (frozen and repeated on every printed page), the indicator rows, and
 * what follows them (总分, signatures).
 */
export type FormPart = 'title' | 'block' | 'head' | 'body' | 'foot';

export interface FormRow {
  readonly part: FormPart;
  readonly cells: readonly FormCell[];
}

export interface FormModel {
  /** Sheet name (sanitised by the renderer) and HTML page title. */
  readonly name: string;
  /** Column widths in Excel character units (a Chinese character is about 2). */
  readonly columns: readonly number[];
  readonly rows: readonly FormRow[];
}

/** A cell spanning from `col` to the last column. */
export function wide(
  col: number,
  columns: number,
  text: string,
  style: CellStyle = 'text',
): FormCell {
  return { col, text, style, colSpan: columns - col };
}

/** Display width of a text in Excel character units: CJK and full-width forms count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += code >= 0x1100 && !(code >= 0x2000 && code <= 0x206f) ? 2 : 1;
  }
  return width;
}

/**
 * Column widths that fit the text of single-column cells, within per-column bounds: short
 * texts get a snug column, long ones a bounded column they wrap in.
 */
export function fitColumns(
  rows: readonly FormRow[],
  bounds: readonly (readonly [number, number])[],
): number[] {
  const widest = bounds.map(([min]) => min);
  for (const row of rows) {
    if (row.part === 'title') continue;
    for (const cell of row.cells) {
      if ((cell.colSpan ?? 1) > 1 || cell.col >= widest.length) continue;
      const longestLine = Math.max(...cell.text.split('\n').map(displayWidth));
      widest[cell.col] = Math.max(widest[cell.col]!, longestLine + 2);
    }
  }
  return widest.map((w, k) => Math.min(w, bounds[k]![1]));
}
