import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { missingCategory, missingCost, unknownCategory } from './categories.js';

describe('required categories', () => {
  it('requires 成本 on the 2021 form, as an error', () => {
    const hits = expectExamplesHold(missingCategory);
    expect(hits.map((h) => h.message)).toEqual([
      '缺少“成本指标”类指标（项目支出绩效目标表（财政部2021）要求至少一项）',
    ]);
    expect(hits[0]!.severity).toBe('error');
    expect(hits[0]!.indicators).toBeUndefined();
  });

  it('requires 满意度 and some effect, of any kind', () => {
    const rows = [
      ['数量', '举办讲座场次', '12场'],
      ['质量', '讲座合格率', '100%'],
      ['时效', '完成时间', '2019年12月'],
      ['经济效益', '带动产值增长', '提升5%'],
    ] as const;
    const messages = findingsOf('missing-category', { rows }).map((f) => f.message);
    expect(messages).toEqual([
      '缺少“满意度”类指标（项目绩效目标表（产出目标/效果目标）要求至少一项）',
    ]);
  });

  it('warns about no cost on a legacy form, and stays quiet on the 2021 form', () => {
    const [hit] = expectExamplesHold(missingCost);
    expect(hit!.severity).toBe('warning');
    expect(findingsOf('missing-cost', missingCategory.examples.hit)).toEqual([]);
  });

  it('flags an indicator in no known category', () => {
    expectExamplesHold(unknownCategory);
  });
});
