/**
 * Small target tables written by hand for scoring and monitoring tests: one line per indicator,
 * values as people write them, parsed by the real value parser.
 */

import {
  LEVEL1_NAME,
  LEVEL1_OF,
  LEVEL2_NAME,
  type Level2,
} from '../../src/core/framework/taxonomy.js';
import {
  type Execution,
  emptyProject,
  type Indicator,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from '../../src/core/table/target-table.js';
import { parseTargetValue } from '../../src/core/value/parse.js';

export interface Row {
  readonly level2: Level2;
  readonly name?: string;
  readonly target: string;
  readonly actual?: string | null;
  readonly weight?: number | null;
  readonly score?: number | null;
  readonly reason?: string;
}

const YEAR = 2019;

/** An indicator from a row. */
export function indicator(row: Row, k = 0): Indicator {
  const level1 = LEVEL1_OF[row.level2];
  return {
    level1,
    level2: row.level2,
    level1Label: LEVEL1_NAME[level1].zh,
    level2Label: LEVEL2_NAME[row.level2].zh,
    name: row.name ?? `指标${k + 1}`,
    target: parseTargetValue(row.target, { year: YEAR }),
    source: null,
    actual:
      row.actual === undefined || row.actual === null
        ? null
        : parseTargetValue(row.actual, { year: YEAR }),
    weight: row.weight ?? null,
    score: row.score ?? null,
    ...(row.reason ? { deviationReason: row.reason } : {}),
    at: { line: k + 1 },
  };
}

/** A 2019 table of the given rows; execution as yuan strings (budget, spent). */
export function tableOf(
  rows: readonly Row[],
  execution: Partial<Execution> | null = { budget: '1000000.00', spent: '1000000.00' },
  stated?: TargetTable['stated'],
): TargetTable {
  return {
    format: TARGET_TABLE_FORMAT,
    framework: 'cn-2021',
    project: {
      ...emptyProject(),
      name: '测试项目',
      year: YEAR,
      startDate: '2019-01-01',
      endDate: '2019-12-31',
    },
    indicators: rows.map(indicator),
    execution: execution
      ? {
          initialBudget: execution.initialBudget ?? null,
          budget: execution.budget ?? null,
          spent: execution.spent ?? null,
        }
      : null,
    warnings: [],
    ...(stated ? { stated } : {}),
  };
}
