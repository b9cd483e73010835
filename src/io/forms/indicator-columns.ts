/**
 * The indicator section of a form: a header row (or two, when columns are grouped under a
 * common heading) and one row per indicator, the first- and second-level cells merged over the
 * rows they cover, as the printed forms do.
 */

import type { Indicator, TargetTable } from '../../core/table/target-table.js';
import type { CellStyle, FormCell, FormRow } from '../xlsx/layout-model.js';

/** What one indicator puts in a column: a text, or a number with its display text. */
export interface ColumnCell {
  readonly text: string;
  readonly number?: number;
  readonly numFmt?: string;
  readonly style?: CellStyle;
}

export interface IndicatorColumn {
  readonly header: string;
  /** A heading shared with the neighbouring columns of the same group (偏差原因分析 over 经费保障 …). */
  readonly group?: string;
  /** level1/level2 columns merge equal labels over consecutive rows. */
  readonly role: 'level1' | 'level2' | 'cell';
  /** Narrowest and widest width, in Excel character units. */
  readonly bounds: readonly [number, number];
  readonly cell?: (indicator: Indicator, index: number) => ColumnCell;
}

/**
 * True when the table carries self-evaluation data: an indicator's 实际完成值, 分值, 得分 or
 * 偏差原因, or a stated budget line.
 */
export function hasSelfEvaluation(table: TargetTable): boolean {
  return (
    table.stated?.budget !== undefined ||
    table.indicators.some(
      (i) =>
        i.actual !== null || i.weight !== null || i.score !== null || Boolean(i.deviationReason),
    )
  );
}

/** A number cell shown as written by `String`, which reads back to the same number. */
export function numberCell(value: number | null | undefined): ColumnCell {
  if (value === null || value === undefined) return { text: '', style: 'number' };
  return { text: String(value), number: value, style: 'number' };
}

function headerRows(columns: readonly IndicatorColumn[], firstCol: number): FormRow[] {
  const grouped = columns.some((c) => c.group !== undefined);
  const top: FormCell[] = [];
  const bottom: FormCell[] = [];
  for (let k = 0; k < columns.length; k += 1) {
    const column = columns[k]!;
    const col = firstCol + k;
    if (!grouped) {
      top.push({ col, text: column.header, style: 'head' });
      continue;
    }
    if (column.group === undefined) {
      top.push({ col, text: column.header, style: 'head', rowSpan: 2 });
      continue;
    }
    let span = 1;
    while (columns[k + span]?.group === column.group) span += 1;
    top.push({ col, text: column.group, style: 'head', colSpan: span });
    for (let s = 0; s < span; s += 1)
      bottom.push({ col: col + s, text: columns[k + s]!.header, style: 'head' });
    k += span - 1;
  }
  return grouped
    ? [
        { part: 'head', cells: top },
        { part: 'head', cells: bottom },
      ]
    : [{ part: 'head', cells: top }];
}

/** Runs of equal, non-empty labels: [start, length] pairs over the indicator list. */
function runs(labels: readonly string[], breaks: readonly boolean[]): Map<number, number> {
  const spans = new Map<number, number>();
  for (let r = 0; r < labels.length; ) {
    let n = 1;
    while (
      r + n < labels.length &&
      labels[r] !== '' &&
      labels[r + n] === labels[r] &&
      !breaks[r + n]
    )
      n += 1;
    spans.set(r, n);
    r += n;
  }
  return spans;
}

/**
 * Header and indicator rows of a form section starting at column `firstCol`. A second-level
 * run never crosses a first-level boundary, so a merged 数量 never hangs under two groups.
 */
export function indicatorSection(
  indicators: readonly Indicator[],
  columns: readonly IndicatorColumn[],
  firstCol = 0,
): FormRow[] {
  const level1 = indicators.map((i) => i.level1Label ?? '');
  const level1Starts = runs(
    level1,
    level1.map(() => false),
  );
  const newGroup = indicators.map((_, r) => level1Starts.has(r));
  const level2 = runs(
    indicators.map((i) => i.level2Label ?? ''),
    newGroup,
  );
  const body: FormRow[] = indicators.map((indicator, r) => {
    const cells: FormCell[] = [];
    columns.forEach((column, k) => {
      const col = firstCol + k;
      if (column.role === 'cell') {
        const c = column.cell?.(indicator, r) ?? { text: '' };
        cells.push({ ...c, col, style: c.style ?? 'text' });
        return;
      }
      const spans = column.role === 'level1' ? level1Starts : level2;
      const span = spans.get(r);
      if (span === undefined) return; // covered by the merged cell above
      const text = (column.role === 'level1' ? indicator.level1Label : indicator.level2Label) ?? '';
      cells.push({ col, text, style: 'category', ...(span > 1 ? { rowSpan: span } : {}) });
    });
    return { part: 'body', cells };
  });
  return [...headerRows(columns, firstCol), ...body];
}
