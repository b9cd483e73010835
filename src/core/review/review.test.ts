import { describe, expect, it } from 'vitest';
import { exampleTable } from './example.js';
import { NATIONAL_PROFILE, REVIEW_PROFILE_FORMAT, type ReviewProfile } from './profile.js';
import { review } from './review.js';

const table = exampleTable({
  rows: [
    ['社会效益', '工作会议正常运行率', '5起'],
    ['质量', '验收合格率', '及时'],
    ['满意度', '服务对象满意度', '≥90%'],
  ],
});

describe('review', () => {
  it('returns findings in reading order with the rule, category, criterion and location', () => {
    const { findings, summary } = review(table);
    const mine = findings.filter((f) => f.rule.startsWith('rate-with'));
    expect(mine.map((f) => [f.rule, f.indicators, f.at])).toEqual([
      ['rate-with-count-unit', [0], [{ line: 1 }]],
      ['rate-with-text', [1], [{ line: 2 }]],
    ]);
    expect(mine[0]).toMatchObject({
      category: 'unit-mismatch',
      criterion: 'appropriateness',
      severity: 'error',
    });
    expect(mine[0]!.message).toContain('5起');
    expect(mine[0]!.messageEn).toContain('5起');
    const counted = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counted[f.severity] += 1;
    expect(summary).toEqual(counted);
  });

  it('lets a profile disable a rule and change a severity', () => {
    const profile: ReviewProfile = {
      format: REVIEW_PROFILE_FORMAT,
      id: 'test',
      name: { zh: '测试', en: 'Test' },
      rules: { 'rate-with-text': { enabled: false }, 'rate-with-count-unit': { severity: 'info' } },
    };
    const rules = review(table, profile).findings.map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(['rate-with-count-unit', 'info']);
    expect(rules.map(([r]) => r)).not.toContain('rate-with-text');
    expect(review(table, NATIONAL_PROFILE).findings.map((f) => f.rule)).toContain('rate-with-text');
  });

  it('reviews an empty table without throwing', () => {
    expect(() => review(exampleTable({ rows: [] }))).not.toThrow();
  });
});
