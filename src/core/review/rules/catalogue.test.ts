import { describe, expect, it } from 'vitest';
import { expectExamplesHold } from '../../../../test/support/review.js';
import { CRITERIA, FINDING_CATEGORIES, SEVERITIES } from '../finding.js';
import { RULES, ruleById } from './index.js';

describe('the rule catalogue', () => {
  it('has unique kebab-case ids that ruleById finds', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
      expect(ruleById(id)?.id).toBe(id);
    }
  });

  it('gives every rule a category, criterion, severity and bilingual texts', () => {
    for (const rule of RULES) {
      expect(FINDING_CATEGORIES).toContain(rule.category);
      expect(CRITERIA).toContain(rule.criterion);
      expect(SEVERITIES).toContain(rule.severity);
      for (const text of [rule.title, rule.explanation]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[a-z]/);
      }
      for (const [name, t] of Object.entries(rule.thresholds ?? {})) {
        expect(t.default, `${rule.id}.${name}`).toBeGreaterThanOrEqual(t.min);
        expect(t.default, `${rule.id}.${name}`).toBeLessThanOrEqual(t.max);
      }
    }
  });

  it.each(RULES.map((r) => [r.id, r] as const))(
    '%s flags its example and spares its near-miss',
    (_id, rule) => {
      expectExamplesHold(rule);
    },
  );
});
