/**
 * Helpers for testing review rules: run one rule's examples, or a table, and pick out that
 * rule's findings.
 */

import { expect } from 'vitest';
import {
  exampleReviewOptions,
  exampleTable,
  type RuleExample,
} from '../../src/core/review/example.js';
import type { Finding } from '../../src/core/review/finding.js';
import { review } from '../../src/core/review/review.js';
import type { RuleDefinition } from '../../src/core/review/rule.js';
import type { TargetTable } from '../../src/core/table/target-table.js';

/** The findings of one rule on a table or an example. */
export function findingsOf(rule: string, input: TargetTable | RuleExample): Finding[] {
  const table = 'rows' in input ? exampleTable(input) : input;
  const options = 'rows' in input ? exampleReviewOptions(input) : {};
  return review(table, undefined, options).findings.filter((f) => f.rule === rule);
}

/** Asserts a rule's documented example is flagged and its near-miss is not. */
export function expectExamplesHold(rule: RuleDefinition): Finding[] {
  const hits = findingsOf(rule.id, rule.examples.hit);
  expect(hits.length, `${rule.id} flags its example`).toBeGreaterThan(0);
  expect(findingsOf(rule.id, rule.examples.nearMiss), `${rule.id} spares its near-miss`).toEqual(
    [],
  );
  for (const f of hits) {
    expect(f.message).not.toBe('');
    expect(f.messageEn).not.toBe('');
    expect(f.message).not.toMatch(/\{\w+\}|undefined|NaN/);
    expect(f.messageEn).not.toMatch(/\{\w+\}|undefined|NaN/);
  }
  return hits;
}
