import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { indicatorCount } from './proportion.js';

const rows = (n: number) =>
  Array.from({ length: n }, (_, k) => ['数量', `举办第${k + 1}期科普讲座`, '1场'] as const);
const amount = (yuan: string) => ({ total: yuan, currentYear: yuan, fiscal: yuan, other: '0.00' });

describe('indicator count against the money', () => {
  it('flags a small project with many indicators', () => {
    const [hit] = expectExamplesHold(indicatorCount);
    expect(hit!.message).toBe('项目金额20万元，却有22项指标（小额项目一般不超过20项）');
  });

  it('flags too many indicators for any project, and too few for a large one', () => {
    const many = findingsOf('indicator-count', {
      rows: rows(51),
      project: { amount: amount('27890645.00') },
    });
    expect(many[0]!.message).toContain('共有51项指标，超过50项');
    const few = findingsOf('indicator-count', {
      rows: rows(5),
      project: { amount: amount('200000000.00') },
    });
    expect(few[0]!.message).toBe('项目金额20000万元，只有5项指标（大额项目一般不少于8项）');
    expect(
      findingsOf('indicator-count', { rows: rows(8), project: { amount: amount('200000000.00') } }),
    ).toEqual([]);
  });
});
