/**
 * The interchange format written out (`jixiao.target-table/1`): pretty JSON whose keys come in
 * the order the types list them, so two writes of the same table are byte-identical and a diff
 * of two versions shows only what changed.
 */

import type {
  Indicator,
  Location,
  Project,
  ReaderWarning,
  TargetTable,
} from '../../core/table/target-table.js';
import type { TargetValue } from '../../core/value/target-value.js';

type Json = Record<string, unknown>;

/**
 * Copies `value` with the listed keys first, in that order, then any other keys as they came,
 * so a field added to the contract later is still written. Undefined fields are left out.
 */
function ordered(value: object, keys: readonly string[]): Json {
  const source = value as Json;
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  for (const [key, v] of Object.entries(source)) if (!(key in out) && v !== undefined) out[key] = v;
  return out;
}

const VALUE_KEYS = [
  'raw',
  'kind',
  'op',
  'value',
  'min',
  'max',
  'unit',
  'implicit',
  'per',
  'change',
  'subject',
  'trailing',
  'level',
  'placeholder',
  'reason',
  'parts',
  'notes',
] as const;

function valueJson(v: TargetValue): Json {
  const out = ordered(v, VALUE_KEYS);
  if (v.kind === 'compound') out.parts = v.parts.map(valueJson);
  if (v.notes) out.notes = v.notes.map((n) => ordered(n, ['code', 'text']));
  return out;
}

const LOCATION_KEYS = ['line', 'sheet', 'cell', 'table', 'row', 'page'] as const;

const locationJson = (at: Location): Json => ordered(at, LOCATION_KEYS);

function projectJson(p: Project): Json {
  const out = ordered(p, [
    'name',
    'year',
    'unit',
    'department',
    'type',
    'fundUse',
    'startDate',
    'endDate',
    'amount',
    'overview',
    'purpose',
    'longTermGoal',
    'annualGoal',
    'code',
    'procurement',
  ]);
  out.amount = ordered(p.amount, ['total', 'currentYear', 'fiscal', 'other']);
  if (p.procurement) out.procurement = ordered(p.procurement, ['fixedAssets', 'items']);
  return out;
}

function indicatorJson(i: Indicator): Json {
  const out = ordered(i, [
    'level1',
    'level2',
    'level1Label',
    'level2Label',
    'name',
    'target',
    'source',
    'actual',
    'weight',
    'score',
    'deviationReason',
    'evidence',
    'at',
  ]);
  out.target = valueJson(i.target);
  out.actual = i.actual === null ? null : valueJson(i.actual);
  if (i.evidence)
    out.evidence = i.evidence.map((e) => ordered(e, ['id', 'name', 'sha256', 'mediaType', 'size']));
  out.at = locationJson(i.at);
  return out;
}

const warningJson = (w: ReaderWarning): Json => {
  const out = ordered(w, ['code', 'message', 'messageEn', 'at']);
  if (w.at) out.at = locationJson(w.at);
  return out;
};

/** One table as an object with the contract's key order. */
export function targetTableJson(table: TargetTable): Json {
  const out = ordered(table, [
    'format',
    'framework',
    'project',
    'indicators',
    'execution',
    'warnings',
    'stated',
    'origin',
  ]);
  out.project = projectJson(table.project);
  out.indicators = table.indicators.map(indicatorJson);
  out.execution =
    table.execution === null
      ? null
      : ordered(table.execution, ['initialBudget', 'budget', 'spent']);
  out.warnings = table.warnings.map(warningJson);
  if (table.stated) {
    out.stated = ordered(table.stated, ['total', 'budget']);
    if (table.stated.budget)
      (out.stated as Json).budget = ordered(table.stated.budget, ['weight', 'rate', 'score']);
  }
  if (table.origin) out.origin = ordered(table.origin, ['file', 'format', 'encoding', 'part']);
  return out;
}

/**
 * Writes tables as the interchange JSON: one table as an object, several as an array, two-space
 * indentation and a final newline.
 * @example writeJson([table]) // '{\n  "format": "jixiao.target-table/1",\n  "framework": "cn-2019", …'
 */
export function writeJson(tables: readonly TargetTable[]): string {
  const data = tables.length === 1 ? targetTableJson(tables[0]!) : tables.map(targetTableJson);
  return `${JSON.stringify(data, null, 2)}\n`;
}
