import { describe, expect, it } from 'vitest';
import { explicitProfile, NATIONAL_PROFILE, REVIEW_PROFILE_FORMAT } from './profile.js';
import { parseReviewProfile } from './profile.schema.js';

const base = {
  format: REVIEW_PROFILE_FORMAT,
  id: 'test',
  name: { zh: '测试', en: 'Test' },
  rules: {},
};

describe('review profiles', () => {
  it('accepts a valid profile, and the national default written out in full', () => {
    expect(parseReviewProfile(base).ok).toBe(true);
    const full = JSON.parse(JSON.stringify(explicitProfile(NATIONAL_PROFILE)));
    const parsed = parseReviewProfile(full);
    expect(parsed.ok).toBe(true);
    expect(Object.keys(full.rules).length).toBeGreaterThan(30);
    expect(full.rules['indicator-count'].thresholds.max).toBe(50);
  });

  it('names an unknown rule in both languages', () => {
    const result = parseReviewProfile({ ...base, rules: { 'no-such-rule': {} } }, 'p.json');
    expect(result).toEqual({
      ok: false,
      error: {
        zh: '审核规则配置“p.json”有误：rules.no-such-rule 没有编号为“no-such-rule”的审核规则',
        en: 'The review profile "p.json" is invalid: rules.no-such-rule there is no review rule "no-such-rule"',
      },
    });
  });

  it('names an unknown threshold and one out of range', () => {
    const unknown = parseReviewProfile({
      ...base,
      rules: { 'indicator-count': { thresholds: { maximum: 3 } } },
    });
    expect(!unknown.ok && unknown.error.zh).toContain('没有名为“maximum”的阈值（可用：max, min');
    const range = parseReviewProfile({
      ...base,
      rules: { 'indicator-count': { thresholds: { max: 1 } } },
    });
    expect(!range.ok && range.error.en).toContain('must lie between 5 and 1000, got 1');
  });

  it('rejects a wrong shape with the path of the field', () => {
    const severity = parseReviewProfile({
      ...base,
      rules: { 'missing-cost': { severity: 'fatal' } },
    });
    expect(!severity.ok && severity.error.zh).toMatch(
      /rules\.missing-cost\.severity 取值不对，可用：error、warning、info/,
    );
    const extra = parseReviewProfile({ ...base, colour: 'red' });
    expect(!extra.ok && extra.error.zh).toContain('有未知字段：colour');
    for (const bad of [null, 42, 'x', [], { ...base, format: 'other/1' }])
      expect(parseReviewProfile(bad).ok).toBe(false);
  });
});
