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
