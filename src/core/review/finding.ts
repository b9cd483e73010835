/**
 * Review findings (DESIGN.md, "Review findings"): what a rule says about a target table.
 * Field names are a public contract — the CLI prints them, the API returns them. Add, never rename.
 */

import type { Location } from '../table/target-table.js';

/** What kind of defect a finding is (DESIGN.md). */
export type FindingCategory =
  | 'duplicate'
  | 'misplaced'
  | 'unit-mismatch'
  | 'missing'
  | 'unmeasurable'
  | 'source'
  | 'inconsistent'
  | 'format';

/** The four review criteria of 财预〔2015〕88号: 完整性, 相关性, 适当性, 可行性. */
export type Criterion = 'completeness' | 'relevance' | 'appropriateness' | 'feasibility';

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  'duplicate',
  'misplaced',
  'unit-mismatch',
  'missing',
  'unmeasurable',
  'source',
  'inconsistent',
  'format',
];

export const CRITERIA: readonly Criterion[] = [
  'completeness',
  'relevance',
  'appropriateness',
  'feasibility',
];

/** Most severe first: the order findings are listed in and summaries count in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One defect, where it is, why it matters and how to fix it. */
export interface Finding {
  /** Stable rule id, documented in docs/rules.md: `rate-with-count-unit`. */
  readonly rule: string;
  readonly category: FindingCategory;
  readonly criterion: Criterion;
  readonly severity: Severity;
  /** Indexes into `indicators[]`; absent for findings about the whole table. */
  readonly indicators?: readonly number[];
  /** Where the indicators (or the project facts) came from, in the same order. */
  readonly at?: readonly Location[];
  /** Chinese message quoting the offending text. */
  readonly message: string;
  readonly messageEn: string;
  /** A concrete fix, when one exists. */
  readonly suggestion?: string;
  readonly suggestionEn?: string;
}

/** How many findings of each severity. */
export interface ReviewSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** What `review` returns: the findings in reading order and their counts. */
export interface ReviewResult {
  readonly findings: readonly Finding[];
  readonly summary: ReviewSummary;
}
