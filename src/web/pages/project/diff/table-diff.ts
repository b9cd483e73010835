/**
 * What changed between two versions of a table, in words a reviewer reads: rows added, removed,
 * and changed field by field. Rows are matched by category and name (longest common
 * subsequence), so a moved or renamed row does not show as "everything changed".
 */
import type { Indicator, Project, TargetTable } from '../../../../core/table/target-table.js';

export type IndicatorField =
  | 'level2'
  | 'name'
  | 'target'
  | 'source'
  | 'actual'
  | 'weight'
  | 'score'
  | 'deviationReason';

export type ProjectField =
  | 'name'
  | 'year'
  | 'unit'
  | 'department'
  | 'startDate'
  | 'endDate'
  | 'total'
  | 'annualGoal';

export interface FieldChange<F extends string> {
  readonly field: F;
  readonly before: string;
  readonly after: string;
}

export type RowChange =
  | { readonly kind: 'added'; readonly after: number; readonly indicator: Indicator }
  | { readonly kind: 'removed'; readonly before: number; readonly indicator: Indicator }
  | {
      readonly kind: 'changed';
      readonly before: number;
      readonly after: number;
      readonly indicator: Indicator;
      readonly fields: readonly FieldChange<IndicatorField>[];
    };

export interface TableDiff {
  readonly project: readonly FieldChange<ProjectField>[];
  readonly rows: readonly RowChange[];
}

const text = (x: string | number | null | undefined): string =>
  x === null || x === undefined ? '' : String(x);

function fieldText(indicator: Indicator, field: IndicatorField): string {
  switch (field) {
    case 'level2':
      return text(indicator.level2Label ?? indicator.level2);
    case 'name':
      return indicator.name;
    case 'target':
      return indicator.target.raw;
    case 'source':
      return text(indicator.source);
    case 'actual':
      return text(indicator.actual?.raw);
    case 'weight':
      return text(indicator.weight);
    case 'score':
      return text(indicator.score);
    case 'deviationReason':
      return text(indicator.deviationReason);
  }
}

const FIELDS: readonly IndicatorField[] = [
  'level2',
  'name',
  'target',
  'source',
  'actual',
  'weight',
  'score',
  'deviationReason',
];

function rowFields(a: Indicator, b: Indicator): FieldChange<IndicatorField>[] {
  return FIELDS.flatMap((field) => {
    const before = fieldText(a, field);
    const after = fieldText(b, field);
    return before === after ? [] : [{ field, before, after }];
  });
}

function projectText(p: Project, field: ProjectField): string {
  return field === 'total' ? text(p.amount.total) : text(p[field]);
}

const PROJECT_FIELDS: readonly ProjectField[] = [
  'name',
  'year',
  'unit',
  'department',
  'startDate',
  'endDate',
  'total',
  'annualGoal',
];

const keyOf = (i: Indicator): string => `${i.level2 ?? ''}|${i.name.replace(/\s+/g, '')}`;

/** Pairs of equal keys, in order (classic LCS table; 164×164 rows is small). */
function commonRows(a: readonly string[], b: readonly string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint16Array;
    const below = table[i + 1] as Uint16Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] =
        a[i] === b[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((table[i + 1]?.[j] ?? 0) >= (table[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}

/** The differences from table `a` (before) to table `b` (after). */
export function diffTables(a: TargetTable, b: TargetTable): TableDiff {
  const project = PROJECT_FIELDS.flatMap((field) => {
    const before = projectText(a.project, field);
    const after = projectText(b.project, field);
    return before === after ? [] : [{ field, before, after }];
  });
  const rows: RowChange[] = [];
  const pairs = commonRows(a.indicators.map(keyOf), b.indicators.map(keyOf));
  let i = 0;
  let j = 0;
  const gap = (untilI: number, untilJ: number) => {
    // Inside a gap, rows at the same place are one row edited (its name too); the rest were
    // added or removed.
    while (i < untilI && j < untilJ) {
      const before = a.indicators[i] as Indicator;
      const after = b.indicators[j] as Indicator;
      rows.push({
        kind: 'changed',
        before: i,
        after: j,
        indicator: after,
        fields: rowFields(before, after),
      });
      i++;
      j++;
    }
    for (; i < untilI; i++)
      rows.push({ kind: 'removed', before: i, indicator: a.indicators[i] as Indicator });
    for (; j < untilJ; j++)
      rows.push({ kind: 'added', after: j, indicator: b.indicators[j] as Indicator });
  };
  for (const [pi, pj] of pairs) {
    gap(pi, pj);
    const fields = rowFields(a.indicators[pi] as Indicator, b.indicators[pj] as Indicator);
    if (fields.length > 0)
      rows.push({
        kind: 'changed',
        before: pi,
        after: pj,
        indicator: b.indicators[pj] as Indicator,
        fields,
      });
    i = pi + 1;
    j = pj + 1;
  }
  gap(a.indicators.length, b.indicators.length);
  return { project, rows };
}
