/**
 * Indicator rows: one row of the indicator section → one `Indicator`, or a reason it is not one.
 * Rows are aligned by content as well as by position, because copy-paste and PDF extraction drop
 * the empty cells of merged columns (the seed's rows lose their first column after a page break).
 */

import { level1OfLabel, level2OfLabel, resolveLevel1 } from '../../core/framework/labels.js';
import { LEVEL1_OF, type Level2 } from '../../core/framework/taxonomy.js';
import type { Indicator, Location } from '../../core/table/target-table.js';
import { parseTargetValue } from '../../core/value/parse.js';
import type { ColumnMap, ColumnRole } from './columns.js';
import type { GridCell, GridRow } from './grid.js';

/** Categories carried down from the rows above, as merged cells mean. */
export interface Carry {
  level1Label: string | null;
  level2Label: string | null;
}

export type RowReading =
  | { readonly kind: 'indicator'; readonly indicator: Indicator }
  | { readonly kind: 'floating-label'; readonly label: string; readonly level: 1 | 2 }
  | { readonly kind: 'blank' }
  | { readonly kind: 'unplaced'; readonly text: string };

/** 产出目标, 效果目标, 效益指标, 满意度指标 — but a bare 满意度 is a level-2 label. */
const isLevel1Label = (text: string): boolean => {
  const l1 = level1OfLabel(text);
  return l1 !== null && (l1 !== 'satisfaction' || /指标$/.test(text.trim()));
};

/** Maps a row's cells to column roles, shifting rows that lost leading cells. */
function alignRow(row: GridRow, columns: ColumnMap): Map<ColumnRole, GridCell> {
  const byRole = new Map<ColumnRole, GridCell>();
  const level2Col = [...columns].find(([, role]) => role === 'level2')?.[0];
  const width = Math.max(...columns.keys()) + 1;
  let offset = 0;
  if (level2Col !== undefined && row.cells.length < width) {
    // Find the level-2 label among the first cells: the row starts there if cells were dropped.
    const k = row.cells.findIndex((c, i) => i <= level2Col + 1 && level2OfLabel(c.text) !== null);
    // 满意度指标 (level 1 of cn-2021) | 服务对象满意度指标: both read as level 2, but with a
    // level-1 label right before the level-2 column the row has lost nothing.
    const whole =
      level2Col > 0 &&
      isLevel1Label(row.cells[level2Col - 1]?.text ?? '') &&
      level2OfLabel(row.cells[level2Col]?.text) !== null;
    if (k >= 0 && !whole) offset = level2Col - k;
  }
  row.cells.forEach((cell, k) => {
    const role = columns.get(k + offset);
    if (role !== undefined && !byRole.has(role)) byRole.set(role, cell);
  });
  return byRole;
}

const numberOrNull = (text: string | undefined): number | null => {
  if (text === undefined) return null;
  const t = text.normalize('NFKC').replace(/[\s分]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
};

/** Composes a value written across 指标性质 | 指标值 | 度量单位 columns into one text. */
function composeTarget(op: string | undefined, value: string, unit: string | undefined): string {
  const opText = op && !/^(?:定性|定量|正向|反向|[-/])$/.test(op.trim()) ? op.trim() : '';
  const unitText =
    unit && !value.includes(unit.trim()) && !/^[-/]$/.test(unit.trim()) ? unit.trim() : '';
  if (opText === '' && unitText === '') return value;
  const startsWithOp = /^[<>=≥≤≧≦≈]|^(?:不|大于|小于|达到|约)/.test(value.trim());
  return `${startsWithOp ? '' : opText}${value.trim()}${unitText}`;
}

/** Reads one row of the indicator section. */
export function readIndicatorRow(
  row: GridRow,
  columns: ColumnMap,
  carry: Carry,
  year: number | null,
): RowReading {
  const filled = row.cells.filter((c) => c.text !== '' && c.merged !== 'left');
  if (filled.length === 0) return { kind: 'blank' };
  if (filled.length === 1) {
    const only = filled[0]!.text;
    if (isLevel1Label(only)) return { kind: 'floating-label', label: only, level: 1 };
    if (level2OfLabel(only) !== null && only.length <= 12)
      return { kind: 'floating-label', label: only, level: 2 };
    return { kind: 'unplaced', text: only };
  }

  const cells = alignRow(row, columns);
  const text = (role: ColumnRole): string | undefined => {
    const cell = cells.get(role);
    return cell === undefined || cell.merged === 'left' ? undefined : cell.text;
  };
  let level1Label = text('level1') || null;
  let level2Label = text('level2') || null;
  // A level-2 label in the level-1 column: the table has no separate level-1 column in use.
  if (
    level1Label &&
    level2Label === null &&
    level2OfLabel(level1Label) !== null &&
    level1OfLabel(level1Label) === null
  ) {
    level2Label = level1Label;
    level1Label = null;
  }
  level2Label ??= carry.level2Label;
  const level2: Level2 | null = level2OfLabel(level2Label);
  if (level1Label === null && carry.level1Label !== null && fits(carry.level1Label, level2))
    level1Label = carry.level1Label;
  const level1 = resolveLevel1(level1Label, level2);

  const name = text('name') ?? '';
  const targetText = composeTarget(text('op'), text('target') ?? '', text('unit'));
  if (name === '' && targetText === '')
    return { kind: 'unplaced', text: filled.map((c) => c.text).join(' ') };
  if (level1 === null && level2 === null)
    return { kind: 'unplaced', text: filled.map((c) => c.text).join(' ') };

  carry.level1Label = level1Label;
  carry.level2Label = level2Label;
  const actualText = text('actual');
  // The name cell locates the indicator (B20 in a workbook, line 20 in a text).
  const at: Location = cells.get('name')?.at ?? row.at;
  const deviation = text('deviation');
  const indicator: Indicator = {
    level1,
    level2,
    level1Label,
    level2Label,
    name,
    target: parseTargetValue(targetText, { year }),
    source: text('source') || null,
    actual:
      actualText === undefined || actualText === '' ? null : parseTargetValue(actualText, { year }),
    weight: numberOrNull(text('weight')),
    score: numberOrNull(text('score')),
    ...(deviation ? { deviationReason: deviation } : {}),
    at,
  };
  return { kind: 'indicator', indicator };
}

/** A carried level-1 label applies only to categories under it (legacy 满意度 sits under 效果目标). */
function fits(level1Label: string, level2: Level2 | null): boolean {
  if (level2 === null) return true;
  const l1 = level1OfLabel(level1Label);
  if (l1 === null) return false;
  if (l1 === 'input') return LEVEL1_OF[level2] === 'output';
  return l1 === LEVEL1_OF[level2] || (l1 === 'outcome' && level2 === 'satisfaction');
}
