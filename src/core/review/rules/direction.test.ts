import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { percentOutOfRange, suspiciousDirection } from './direction.js';

describe('direction and range', () => {
  it('flags a higher-is-better rate capped with ≤ and a lower-is-better one floored with ≥', () => {
    const [hit] = expectExamplesHold(suspiciousDirection);
    expect(hit!.suggestion).toContain('≥99%');
    const flagged = (name: string, raw: string) =>
      findingsOf('suspicious-direction', { rows: [['质量', name, raw]] }).length;
    expect(flagged('群众投诉率', '≥5%')).toBe(1);
    expect(flagged('群众投诉率', '≤5%')).toBe(0);
    expect(flagged('安全事故发生率', '下降5%')).toBe(0);
    expect(flagged('验收合格率', '下降5%')).toBe(1);
  });

  it('flags a share above 100%, but not a growth rate', () => {
    expectExamplesHold(percentOutOfRange);
    expect(
      findingsOf('percent-out-of-range', { rows: [['经济效益', '产值增长率', '120%']] }),
    ).toEqual([]);
    expect(
      findingsOf('percent-out-of-range', { rows: [['满意度', '群众满意度', '≥110%']] }),
    ).toHaveLength(1);
  });
});
