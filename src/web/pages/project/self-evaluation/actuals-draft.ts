/**
 * Actuals being typed: the text of each edited cell, kept in localStorage until saved, and turned
 * into the entries the server takes (only what changed; an emptied cell clears the value).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ActualEntry, ActualsIndicator, ExecutionLine } from '../../../api/year.js';

export type ActualField = 'actual' | 'weight' | 'deviationReason';
export type ExecutionField = 'initialBudget' | 'budget' | 'spent' | 'reason';

export interface ActualsEdits {
  readonly rows: Readonly<Record<number, Partial<Record<ActualField, string>>>>;
  readonly execution: Partial<Record<ExecutionField, string>>;
}

const EMPTY: ActualsEdits = { rows: {}, execution: {} };
const key = (projectId: string) => `jixiao.actuals.${projectId}`;

function load(projectId: string): ActualsEdits {
  try {
    const text = localStorage.getItem(key(projectId));
    return text ? (JSON.parse(text) as ActualsEdits) : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** The text a cell shows: the edit, else the saved value. */
export function shown(
  indicator: ActualsIndicator,
  field: ActualField,
  edits: ActualsEdits,
): string {
  const edit = edits.rows[indicator.index]?.[field];
  if (edit !== undefined) return edit;
  const saved = indicator[field];
  return saved === null || saved === undefined ? '' : String(saved);
}

const AMOUNT = /^\d{1,13}(?:\.\d{1,2})?$/;

export type EntryProblem =
  | { readonly kind: 'weight'; readonly text: string }
  | { readonly kind: 'amount'; readonly text: string };

/** The entries and execution line to send, or the first problem that stops the save. */
export function toSave(
  indicators: readonly ActualsIndicator[],
  execution: ExecutionLine,
  edits: ActualsEdits,
): { entries: ActualEntry[]; execution?: Partial<ExecutionLine> } | { problem: EntryProblem } {
  const entries: ActualEntry[] = [];
  for (const indicator of indicators) {
    const row = edits.rows[indicator.index];
    if (!row) continue;
    const entry: { -readonly [K in keyof ActualEntry]: ActualEntry[K] } = {
      index: indicator.index,
      name: indicator.name,
    };
    let changed = false;
    if (row.actual !== undefined && row.actual.trim() !== (indicator.actual ?? '')) {
      entry.actual = row.actual.trim() === '' ? null : row.actual.trim();
      changed = true;
    }
    if (
      row.deviationReason !== undefined &&
      row.deviationReason.trim() !== (indicator.deviationReason ?? '')
    ) {
      entry.deviationReason = row.deviationReason.trim() === '' ? null : row.deviationReason.trim();
      changed = true;
    }
    if (row.weight !== undefined) {
      const text = row.weight.trim();
      const weight = text === '' ? null : Number(text);
      if (weight !== null && (!Number.isFinite(weight) || weight < 0 || weight > 100))
        return { problem: { kind: 'weight', text } };
      if (weight !== indicator.weight) {
        entry.weight = weight;
        changed = true;
      }
    }
    if (changed) entries.push(entry);
  }
  const line: { -readonly [K in keyof ExecutionLine]?: ExecutionLine[K] } = {};
  for (const [field, value] of Object.entries(edits.execution) as [ExecutionField, string][]) {
    const text = value.trim();
    if (field !== 'reason' && text !== '' && !AMOUNT.test(text.replace(/,/g, '')))
      return { problem: { kind: 'amount', text } };
    const next = text === '' ? null : field === 'reason' ? text : text.replace(/,/g, '');
    if (next !== (execution[field] ?? null)) line[field] = next;
  }
  return Object.keys(line).length > 0 ? { entries, execution: line } : { entries };
}

/** The edits of a project's actuals, kept on this computer until saved. */
export function useActualsEdits(projectId: string) {
  const [edits, setEdits] = useState<ActualsEdits>(() => load(projectId));
  const [restored] = useState(
    () => Object.keys(load(projectId).rows).length + Object.keys(load(projectId).execution).length,
  );
  useEffect(() => {
    try {
      if (
        edits === EMPTY ||
        (Object.keys(edits.rows).length === 0 && Object.keys(edits.execution).length === 0)
      )
        localStorage.removeItem(key(projectId));
      else localStorage.setItem(key(projectId), JSON.stringify(edits));
    } catch {
      // Storage unavailable: the edits live in the page only.
    }
  }, [edits, projectId]);
  const setRow = useCallback((index: number, field: ActualField, text: string) => {
    setEdits((e) => ({ ...e, rows: { ...e.rows, [index]: { ...e.rows[index], [field]: text } } }));
  }, []);
  const setExecution = useCallback((field: ExecutionField, text: string) => {
    setEdits((e) => ({ ...e, execution: { ...e.execution, [field]: text } }));
  }, []);
  const clear = useCallback(() => setEdits(EMPTY), []);
  const count = useMemo(
    () => Object.keys(edits.rows).length + Object.keys(edits.execution).length,
    [edits],
  );
  return { edits, setRow, setExecution, clear, count, restored };
}
