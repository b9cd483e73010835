import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { deadlineAfterEnd, deadlineOtherYear } from './deadline.js';

describe('deadlines', () => {
  it('flags 跨年完成 against a project that ends in its year, quoting the words', () => {
    const [hit] = expectExamplesHold(deadlineAfterEnd);
    expect(hit!.message).toBe('“部分课题需跨年完成”超出项目计划完成日期 2019-12-31');
  });

  it('flags a date after the planned end, and spares one on it', () => {
    const late = (raw: string, endDate = '2019-06-30') =>
      findingsOf('deadline-after-end', {
        rows: [['时效', '课题结题时间', raw]],
        project: { endDate },
      });
    expect(late('2019年12月')).toHaveLength(1);
    expect(late('2019年6月')).toEqual([]);
    expect(late('2019.03-2019.09')).toHaveLength(1);
  });

  it('spares 跨年 in a multi-year project that ends next year', () => {
    expect(
      findingsOf('deadline-after-end', {
        rows: [['时效', '课题结题时间', '部分课题跨年完成']],
        project: { endDate: '2020-06-30' },
      }),
    ).toEqual([]);
  });

  it('flags a deadline in an earlier year, but not one whose year was assumed', () => {
    expectExamplesHold(deadlineOtherYear);
    expect(findingsOf('deadline-other-year', { rows: [['时效', '完成时限', '12月底前']] })).toEqual(
      [],
    );
  });
});
