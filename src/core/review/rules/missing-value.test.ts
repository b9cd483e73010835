import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { missingSource, missingTarget, placeholder, unreadableValue } from './missing-value.js';

describe('missing values', () => {
  it('flags an empty target and one marked not applicable, never as 0', () => {
    expectExamplesHold(missingTarget);
    const [na] = findingsOf('missing-target', { rows: [['数量', '培训人数', '不适用']] });
    expect(na!.message).toContain('不适用');
  });

  it('flags placeholders in the value, the name or the source', () => {
    expectExamplesHold(placeholder);
    const at = (row: readonly [string, string, string, string]) =>
      findingsOf('placeholder', { rows: [row] })[0]?.message;
    expect(at(['数量', 'XX活动场次', '3场', '工作计划'])).toContain('指标名称');
    expect(at(['数量', '活动场次', '3场', '**文件'])).toContain('目标值来源');
    expect(at(['数量', '活动场次', '3场', '工作计划'])).toBeUndefined();
  });

  it('flags a date without a year when the project year is unknown too', () => {
    const [hit] = expectExamplesHold(unreadableValue);
    expect(hit!.message).toContain('没有写年份');
    // With a project year, 12月底前 reads as that year's end: nothing to report.
    expect(
      findingsOf('unreadable-value', { rows: [['时效', '资金拨付时间', '12月底前']] }),
    ).toEqual([]);
  });

  it('flags a missing source only where the table has a source column', () => {
    expectExamplesHold(missingSource);
    const noColumn = {
      rows: [
        ['数量', '举办科普讲座场次', '12场', ''],
        ['质量', '讲座听众满意度', '≥90%', ''],
      ] as const,
    };
    expect(findingsOf('missing-source', noColumn)).toEqual([]);
  });
});
