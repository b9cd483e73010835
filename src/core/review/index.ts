/**
 * The review engine's one door: `review(table, profile?)`, the findings contract, profiles and
 * the rule catalogue. Pure: the server, the CLI and the web editor import it alike.
 */

export {
  type ExampleRow,
  exampleReviewOptions,
  exampleTable,
  type PreviousRow,
  type RuleExample,
} from './example.js';
export {
  CRITERIA,
  type Criterion,
  FINDING_CATEGORIES,
  type Finding,
  type FindingCategory,
  type ReviewResult,
  type ReviewSummary,
  SEVERITIES,
  type Severity,
} from './finding.js';
export {
  type ActiveRule,
  activeRules,
  explicitProfile,
  NATIONAL_PROFILE,
  REVIEW_PROFILE_FORMAT,
  type ReviewProfile,
  type RuleSetting,
} from './profile.js';
export { type ProfileResult, parseReviewProfile } from './profile.schema.js';
export { review, summarize } from './review.js';
export type { ReviewOptions } from './review-options.js';
export type { RuleDefinition, ThresholdDefinition } from './rule.js';
export { RULES, ruleById } from './rules/index.js';
