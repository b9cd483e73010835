/**
 * The table being edited: the saved table plus the rows as they are now. Every edit returns a
 * new draft (plain data), so undo is a list of drafts and the live review sees a new table only
 * when something changed.
 */
import { categoryOf, FRAMEWORKS } from '../../../../core/framework/frameworks.js';
import { level2OfLabel } from '../../../../core/framework/labels.js';
import { LEVEL1_OF, type Level2 } from '../../../../core/framework/taxonomy.js';
import type { Indicator, TargetTable } from '../../../../core/table/target-table.js';
import { parseTargetValue } from '../../../../core/value/parse.js';

/** One indicator with a key that survives moves, inserts and deletes (for React and focus). */
export interface DraftRow {
  readonly key: string;
  readonly indicator: Indicator;
}

export interface Draft {
  /** The table as loaded: project facts, framework, execution are carried over unchanged. */
  readonly base: TargetTable;
  readonly rows: readonly DraftRow[];
  /** The table the rows make, built once per edit (the review and the save read it). */
  readonly table: TargetTable;
}

/** The cells a person can edit. */
export const EDITABLE_FIELDS = ['level2', 'name', 'target', 'source'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

let nextKey = 0;
const newKey = (): string => {
  nextKey += 1;
  return `r${nextKey}`;
};

function withRows(base: TargetTable, rows: readonly DraftRow[]): Draft {
  return { base, rows, table: { ...base, indicators: rows.map((r) => r.indicator) } };
}

/** Starts editing a table. */
export function draftOf(table: TargetTable): Draft {
  return withRows(
    table,
    table.indicators.map((indicator) => ({ key: newKey(), indicator })),
  );
}

/** The text a cell shows and edits. */
export function cellText(indicator: Indicator, field: EditableField): string {
  switch (field) {
    case 'level2':
      return indicator.level2 ?? '';
    case 'name':
      return indicator.name;
    case 'target':
      return indicator.target.raw;
    case 'source':
      return indicator.source ?? '';
  }
}

/** Labels of a level 2 as the table's own framework prints it. */
function labelsOf(
  table: TargetTable,
  level2: Level2,
): Pick<Indicator, 'level1Label' | 'level2Label'> {
  const found = categoryOf(FRAMEWORKS[table.framework], level2);
  return { level1Label: found?.group.label ?? null, level2Label: found?.category.label ?? null };
}

function edited(
  table: TargetTable,
  indicator: Indicator,
  field: EditableField,
  text: string,
): Indicator {
  switch (field) {
    case 'level2': {
      const level2 = text === '' ? null : (text as Level2);
      if (level2 === null) return { ...indicator, level2: null, level2Label: null };
      return { ...indicator, level2, level1: LEVEL1_OF[level2], ...labelsOf(table, level2) };
    }
    case 'name':
      return { ...indicator, name: text.trim() };
    case 'target':
      // Parsed here with the project year, exactly as the readers do: 本年内 needs the year.
      return { ...indicator, target: parseTargetValue(text, { year: table.project.year }) };
    case 'source': {
      const source = text.trim();
      return { ...indicator, source: source === '' ? null : source };
    }
  }
}

/** Sets one cell; returns the same draft when nothing changed (no empty undo step). */
export function setCell(draft: Draft, key: string, field: EditableField, text: string): Draft {
  const i = draft.rows.findIndex((r) => r.key === key);
  const row = draft.rows[i];
  if (!row || cellText(row.indicator, field) === text) return draft;
  const rows = draft.rows.slice();
  rows[i] = { key, indicator: edited(draft.base, row.indicator, field, text) };
  return withRows(draft.base, rows);
}

/** A new, empty indicator of a category. */
function blankIndicator(table: TargetTable, level2: Level2 | null): Indicator {
  return {
    level1: level2 ? LEVEL1_OF[level2] : null,
    level2,
    ...(level2 ? labelsOf(table, level2) : { level1Label: null, level2Label: null }),
    name: '',
    target: { kind: 'none', raw: '', reason: 'empty' },
    source: null,
    actual: null,
    weight: null,
    score: null,
    at: {},
  };
}

/** Inserts an empty indicator after `afterKey` (at the end when null), in the same category. */
export function insertRow(draft: Draft, afterKey: string | null): { draft: Draft; key: string } {
  const i = afterKey === null ? -1 : draft.rows.findIndex((r) => r.key === afterKey);
  const level2 = draft.rows[i]?.indicator.level2 ?? 'quantity';
  const row: DraftRow = { key: newKey(), indicator: blankIndicator(draft.base, level2) };
  const rows = draft.rows.slice();
  rows.splice(i < 0 ? rows.length : i + 1, 0, row);
  return { draft: withRows(draft.base, rows), key: row.key };
}

/** Removes a row. */
export function deleteRow(draft: Draft, key: string): Draft {
  return withRows(
    draft.base,
    draft.rows.filter((r) => r.key !== key),
  );
}

/**
 * Moves a row one place up or down among the rows of its own category (the grid shows rows
 * grouped, so a move across categories would look like nothing happened). Null when at the edge.
 */
export function moveRow(draft: Draft, key: string, delta: -1 | 1): Draft | null {
  const i = draft.rows.findIndex((r) => r.key === key);
  const row = draft.rows[i];
  if (!row) return null;
  let j = i + delta;
  while (
    j >= 0 &&
    j < draft.rows.length &&
    draft.rows[j]?.indicator.level2 !== row.indicator.level2
  )
    j += delta;
  const other = draft.rows[j];
  if (!other) return null;
  const rows = draft.rows.slice();
  rows[i] = other;
  rows[j] = row;
  return withRows(draft.base, rows);
}

/** True when the rows say something else than the table as loaded. */
export function isDirty(draft: Draft): boolean {
  const saved = draft.base.indicators;
  if (saved.length !== draft.rows.length) return true;
  // Same objects after plain edits that were undone; equal content after a restored draft.
  return draft.rows.some(
    (r, i) => r.indicator !== saved[i] && JSON.stringify(r.indicator) !== JSON.stringify(saved[i]),
  );
}

/** A draft of `base` with the indicators of an earlier, unsaved edit (restored after sign-in). */
export function draftWith(base: TargetTable, indicators: readonly Indicator[]): Draft {
  return draftOf({ ...base, indicators });
}

/**
 * Pastes a block of cells copied from Excel (tab-separated rows) starting at a cell: rows go down
 * the grid in display order, columns across the editable fields. One draft, so one undo step.
 * The level-2 column takes the label as written (数量, 数量指标, 质量…).
 */
export function pasteBlock(
  draft: Draft,
  order: readonly string[],
  start: { readonly key: string; readonly col: number },
  text: string,
): { draft: Draft; cells: number } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  const first = order.indexOf(start.key);
  let next = draft;
  let cells = 0;
  lines.forEach((line, r) => {
    const key = order[first + r];
    if (first < 0 || !key) return;
    line.split('\t').forEach((value, c) => {
      const field = EDITABLE_FIELDS[start.col + c];
      if (!field) return;
      const cell = field === 'level2' ? (level2OfLabel(value) ?? '') : value.trim();
      const after = setCell(next, key, field, cell);
      if (after !== next) cells += 1;
      next = after;
    });
  });
  return { draft: next, cells };
}
