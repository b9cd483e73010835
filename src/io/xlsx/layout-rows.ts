/**
 * Row shapes of a form's header block: a label with its value over the rest of the row, two
 * label/value pairs side by side, the title lines. Values span merged ranges as the printed
 * forms draw them; labels stay in their own cell, which is how the reader finds them.
 */

import type { ColumnCell } from '../forms/indicator-columns.js';
import type { FormCell, FormPart, FormRow } from './layout-model.js';

/** A value given as text or as a prepared cell (an amount). */
export type Value = string | ColumnCell;

const asCell = (value: Value): ColumnCell =>
  typeof value === 'string' ? { text: value, style: 'text' } : value;

/** A cell from `col` spanning `span` columns. */
export function spanCell(col: number, span: number, value: Value): FormCell {
  const c = asCell(value);
  return { ...c, col, style: c.style ?? 'text', ...(span > 1 ? { colSpan: span } : {}) };
}

/** The title and the year line, each across the whole width. */
export function titleRows(columns: number, title: string, yearLine: string | null): FormRow[] {
  const rows: FormRow[] = [
    { part: 'title', cells: [{ col: 0, text: title, style: 'title', colSpan: columns }] },
  ];
  if (yearLine !== null)
    rows.push({
      part: 'title',
      cells: [{ col: 0, text: yearLine, style: 'subtitle', colSpan: columns }],
    });
  return rows;
}

/** 项目名称 | 科学技术普及 (over the rest of the row). */
export function singleRow(
  columns: number,
  label: string,
  value: Value,
  part: FormPart = 'block',
): FormRow {
  return {
    part,
    cells: [{ col: 0, text: label, style: 'label' }, spanCell(1, columns - 1, value)],
  };
}

/**
 * Where the second pair of a two-pair row starts: past the middle, so the first value gets the
 * wide indicator-name column.
 */
export const pairColumn = (columns: number): number => Math.max(2, columns - 2);

/** 计划开始日期 | 2019-01-01 | 计划完成日期 | 2019-12-31. */
export function pairRow(
  columns: number,
  left: readonly [string, Value],
  right: readonly [string, Value],
): FormRow {
  const mid = pairColumn(columns);
  return {
    part: 'block',
    cells: [
      { col: 0, text: left[0], style: 'label' },
      spanCell(1, mid - 1, left[1]),
      { col: mid, text: right[0], style: 'label' },
      spanCell(mid + 1, columns - mid - 1, right[1]),
    ],
  };
}

/**
 * A group label over sub-rows, each with two label/value pairs after it:
 * 项目资金（万元） | 项目资金总额 | 2789.0645 | 年度资金总额 | 2789.0645.
 */
export function groupedPairRows(
  columns: number,
  group: string,
  pairs: readonly (readonly [readonly [string, Value], readonly [string, Value]])[],
): FormRow[] {
  const mid = pairColumn(columns);
  return pairs.map(([left, right], k) => {
    const cells: FormCell[] = [
      spanCell(1, 1, { text: left[0], style: 'label' }),
      spanCell(2, mid - 2, left[1]),
      { col: mid, text: right[0], style: 'label' },
      spanCell(mid + 1, columns - mid - 1, right[1]),
    ];
    if (k === 0)
      cells.unshift({
        col: 0,
        text: group,
        style: 'label',
        ...(pairs.length > 1 ? { rowSpan: pairs.length } : {}),
      });
    return { part: 'block', cells };
  });
}
