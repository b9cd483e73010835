import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import {
  conflictingIndicator,
  duplicateIndicator,
  indicatorInTwoCategories,
  nearDuplicate,
} from './duplicates.js';

describe('duplicated indicators', () => {
  it('reports identical rows once, with every row and its line', () => {
    const [hit] = expectExamplesHold(duplicateIndicator);
    expect(hit!.indicators).toEqual([0, 1]);
    expect(hit!.at).toEqual([{ line: 1 }, { line: 2 }]);
    expect(hit!.message).toContain('第1、2行');
  });

  it('treats ≧90% and ≥90% as the same value', () => {
    const rows = [
      ['满意度', '活动参与人员满意度', '≧90%'],
      ['满意度', '活动参与人员满意度', '≥90%'],
    ] as const;
    expect(findingsOf('duplicate-indicator', { rows })).toHaveLength(1);
    expect(findingsOf('conflicting-indicator', { rows })).toEqual([]);
  });

  it('reports conflicting values as an error quoting both', () => {
    const [hit] = expectExamplesHold(conflictingIndicator);
    expect(hit!.severity).toBe('error');
    expect(hit!.message).toContain('“1本，20个项目”与“形成项目储备20个左右');
  });

  it('leaves names that say nothing to empty-name', () => {
    const rows = [
      ['时效', '年度', '本年内完成'],
      ['时效', '年度', '年内完成；部分课题需跨年完成'],
    ] as const;
    expect(findingsOf('conflicting-indicator', { rows })).toEqual([]);
    expect(findingsOf('empty-name', { rows })).toHaveLength(2);
  });

  it('reports one indicator filed in two categories', () => {
    const [hit] = expectExamplesHold(indicatorInTwoCategories);
    expect(hit!.message).toContain('数量、质量');
  });

  it('finds names that differ only by 的, but not different meetings', () => {
    const [hit] = expectExamplesHold(nearDuplicate);
    expect(hit!.message).toContain('只差“的”字');
    const meetings = [
      ['满意度', '工作会议参与人员满意度', '≥90%'],
      ['满意度', '会议参与人员满意度', '≥90%'],
    ] as const;
    expect(findingsOf('near-duplicate', { rows: meetings })).toEqual([]);
  });
});

describe('value equality of duplicates', () => {
  it('agrees with sameTargetValue on how people write the same value', async () => {
    const { sameTargetValue } = await import('../../value/compare.js');
    const { parseTargetValue } = await import('../../value/parse.js');
    const pairs = [
      ['≥90%', '≧90%'],
      ['不少于10场', '≥10场'],
      ['10场', '≥10场'],
      ['1-2个', '1～2个'],
      ['2019年12月', '2019.12'],
      ['及时', '及时'],
      ['1本，20个项目', '1本,20个项目'],
    ] as const;
    for (const [a, b] of pairs) {
      const rows = [
        ['数量', '同名指标', a],
        ['数量', '同名指标', b],
      ] as const;
      const same = sameTargetValue(parseTargetValue(a), parseTargetValue(b));
      expect(findingsOf('duplicate-indicator', { rows }).length, `${a} / ${b}`).toBe(same ? 1 : 0);
      expect(findingsOf('conflicting-indicator', { rows }).length, `${a} / ${b}`).toBe(
        same ? 0 : 1,
      );
    }
  });
});
