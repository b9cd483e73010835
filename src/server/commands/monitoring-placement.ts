/**
 * Monitoring entries follow their indicator when the table is adjusted (调整), as actuals and
 * evidence do: a report filed against an older version names its rows by index, so each entry
 * is placed on the current table by the name its row had then (`placeIndicator`). An entry
 * whose indicator was removed, or whose name is now ambiguous, is left out rather than put on
 * another indicator.
 */

import type { TargetTable } from '../../core/table/target-table.js';
import type { Queryable } from '../../store/mutate.js';
import type { FiledMonitoring } from '../../store/repositories/monitoring.repository.js';
import type { ProjectRecord } from '../../store/repositories/project.repository.js';
import { findVersion } from '../../store/repositories/version.repository.js';
import { placeIndicator } from './merged-table.js';

/** An entry of stored input: the row it names, and whatever else was sent. */
type StoredEntry = { readonly index: number } & Readonly<Record<string, unknown>>;

const entriesOf = (input: unknown): readonly unknown[] => {
  const entries = (input as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
};

const isEntry = (e: unknown): e is StoredEntry =>
  typeof e === 'object' && e !== null && typeof (e as { index?: unknown }).index === 'number';

/**
 * Moves the entries of a report onto the current indicators, given the names of the rows at
 * the version it was filed against. Pure; the report is returned as is when nothing moved.
 */
export function placeFiledEntries(
  filed: FiledMonitoring,
  namesThen: readonly string[],
  current: TargetTable,
  currentVersion: number,
): FiledMonitoring {
  if (filed.version === currentVersion) return filed;
  const entries = entriesOf(filed.input).flatMap((e) => {
    if (!isEntry(e)) return [];
    const name = namesThen[e.index];
    if (name === undefined) return [];
    const at = placeIndicator(
      current.indicators,
      { version: filed.version, index: e.index, name },
      currentVersion,
    );
    return at === null ? [] : [{ ...e, index: at }];
  });
  return {
    ...filed,
    version: currentVersion,
    input: { ...(filed.input as object), entries },
  };
}

/**
 * A filed report placed on the project's current table: as filed when it was made against the
 * current version; otherwise its entries follow their indicators by name (one more query, for
 * the version it was filed against).
 */
export async function placeFiled(
  q: Queryable,
  project: Pick<ProjectRecord, 'id' | 'version'>,
  table: TargetTable,
  filed: FiledMonitoring | undefined,
): Promise<FiledMonitoring | undefined> {
  if (!filed || filed.version === project.version) return filed;
  const then = await findVersion(q, project.id, filed.version);
  const names = then
    ? (JSON.parse(then.tableJson) as TargetTable).indicators.map((i) => i.name)
    : [];
  return placeFiledEntries(filed, names, table, project.version);
}
