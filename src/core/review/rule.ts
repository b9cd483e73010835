/**
 * What a review rule is: a stable id, the defect category and review criterion it serves, a
 * default severity, an explanation, its tunable thresholds, worked examples, and a check.
 */

import type { Bilingual } from '../messages/message.js';
import type { Location } from '../table/target-table.js';
import type { ReviewContext } from './context.js';
import type { RuleExample } from './example.js';
import type { Criterion, FindingCategory, Severity } from './finding.js';

/** A number a profile may tune (a limit, a ratio), with its default and allowed range. */
export interface ThresholdDefinition {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  readonly description: Bilingual;
}

/** What a check reports; the engine adds the rule's id, category, criterion and severity. */
export interface Hit {
  /** Indexes into `indicators[]`; leave out for findings about the whole table. */
  readonly indicators?: readonly number[];
  /** Where, when the indicators' own locations are not the point (project facts). */
  readonly at?: readonly Location[];
  readonly message: Bilingual;
  readonly suggestion?: Bilingual;
}

export type Reporter = (hit: Hit) => void;

/** Threshold values as resolved from the rule's defaults and the profile. */
export type Thresholds = Readonly<Record<string, number>>;

/** One review rule. A rule family (one file in `rules/`) exports several. */
export interface RuleDefinition {
  /** Stable, kebab-case; never renamed once published (profiles and reports refer to it). */
  readonly id: string;
  readonly category: FindingCategory;
  readonly criterion: Criterion;
  readonly severity: Severity;
  /** A short name of the defect. */
  readonly title: Bilingual;
  /** Why reviewers flag it, citing the source where there is one. */
  readonly explanation: Bilingual;
  readonly thresholds?: Readonly<Record<string, ThresholdDefinition>>;
  /** A table it flags and a near-miss it leaves alone: tested, and printed in docs/rules.md. */
  readonly examples: { readonly hit: RuleExample; readonly nearMiss: RuleExample };
  readonly check: (ctx: ReviewContext, report: Reporter, thresholds: Thresholds) => void;
}
