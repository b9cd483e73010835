/**
 * Worked examples of the rules, as compact data: a few rows of a target table written the way
 * people write them. They are the rules' test data and the examples printed in docs/rules.md.
 */

import { FRAMEWORKS, type FrameworkId } from '../framework/frameworks.js';
import { detectFramework, level2OfLabel, resolveLevel1 } from '../framework/labels.js';
import {
  emptyProject,
  type Indicator,
  type Project,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from '../table/target-table.js';
import { parseTargetValue } from '../value/parse.js';
import type { ReviewOptions } from './review-options.js';

/** One indicator row: [level-2 label as written, name, target value as written, source]. */
export type ExampleRow = readonly [
  level2Label: string,
  name: string,
  target: string,
  source?: string,
];

/** One indicator of last year's self-evaluation: [name, target as written, actual as written]. */
export type PreviousRow = readonly [name: string, target: string, actual: string];

export interface RuleExample {
  readonly rows: readonly ExampleRow[];
  /** Last year's table with its actuals, for rules that compare with history. */
  readonly previous?: { readonly year: number; readonly rows: readonly PreviousRow[] };
  /** Project facts that differ from the default example project (2019, 2019-01-01 to 2019-12-31). */
  readonly project?: Partial<Project>;
  /** Framework of the table; detected from the labels when left out. */
  readonly framework?: FrameworkId;
}

/** The project every example sits in unless it says otherwise. */
export const EXAMPLE_PROJECT: Project = {
  ...emptyProject(),
  name: '科学技术普及',
  year: 2019,
  unit: '示例单位',
  department: '示例主管部门',
  startDate: '2019-01-01',
  endDate: '2019-12-31',
  amount: { total: '500000.00', currentYear: '500000.00', fiscal: '500000.00', other: '0.00' },
  annualGoal: '完成年度科普工作任务。',
};

/** Builds the target table an example describes; line numbers count from 1 in row order. */
export function exampleTable(example: RuleExample): TargetTable {
  const labels = example.rows.map((r) => r[0]);
  const framework = example.framework ?? detectFramework(labels);
  const project = { ...EXAMPLE_PROJECT, ...example.project };
  const groupOf = (label: string): string | null => {
    const level2 = level2OfLabel(label);
    for (const group of FRAMEWORKS[framework].groups)
      if (group.categories.some((c) => c.level2 === level2)) return group.label;
    return null;
  };
  const indicators: Indicator[] = example.rows.map(([label, name, raw, source], k) => {
    const level2 = level2OfLabel(label);
    const level1Label = groupOf(label);
    return {
      level1: resolveLevel1(level1Label, level2),
      level2,
      level1Label,
      level2Label: label,
      name,
      target: parseTargetValue(raw, { year: project.year }),
      source: source ?? '项目实施方案',
      actual: null,
      weight: null,
      score: null,
      at: { line: k + 1 },
    };
  });
  return {
    format: TARGET_TABLE_FORMAT,
    framework,
    project,
    indicators,
    execution: null,
    warnings: [],
  };
}

/** The options `review` takes for an example: last year's table when the example has one. */
export function exampleReviewOptions(example: RuleExample): ReviewOptions {
  const previous = example.previous;
  if (!previous) return {};
  const base = exampleTable({
    rows: previous.rows.map(([name, target]) => ['数量', name, target]),
  });
  return {
    previous: {
      ...base,
      project: { ...base.project, year: previous.year, startDate: null, endDate: null },
      indicators: base.indicators.map((i, k) => ({
        ...i,
        actual: parseTargetValue(previous.rows[k]![2], { year: previous.year }),
      })),
    },
  };
}
