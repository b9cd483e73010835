import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { amountsMismatch, missingProjectFacts, projectDates } from './project.js';

const row = [['数量', '举办科普讲座场次', '12场']] as const;

describe('project facts', () => {
  it('adds amounts exactly, in fen', () => {
    const [hit] = expectExamplesHold(amountsMismatch);
    expect(hit!.message).toBe(
      '财政拨款 45万元 加其他资金 3万元 合计 48万元，与项目金额 50万元 不符',
    );
    // 0.1 + 0.2 in yuan is 0.3 exactly: no float drift.
    const cents = { total: '0.30', currentYear: '0.30', fiscal: '0.10', other: '0.20' };
    expect(findingsOf('amounts-mismatch', { rows: row, project: { amount: cents } })).toEqual([]);
  });

  it('accepts sources that add up to the total of a multi-year project', () => {
    const amount = {
      total: '900000.00',
      currentYear: '300000.00',
      fiscal: '800000.00',
      other: '100000.00',
    };
    expect(findingsOf('amounts-mismatch', { rows: row, project: { amount } })).toEqual([]);
  });

  it('flags this year above the total', () => {
    const amount = { total: '100.00', currentYear: '200.00', fiscal: '200.00', other: '0.00' };
    const [hit] = findingsOf('amounts-mismatch', { rows: row, project: { amount } });
    expect(hit!.message).toContain('超过项目总金额');
  });

  it('lists every missing fact in one finding', () => {
    const [hit] = expectExamplesHold(missingProjectFacts);
    expect(hit!.message).toBe('项目基本信息缺少：计划完成日期、年度绩效目标');
  });

  it('flags an end before the start and a period outside the year', () => {
    expectExamplesHold(projectDates);
    const [outside] = findingsOf('project-dates', { rows: row, project: { year: 2020 } });
    expect(outside!.message).toContain('不包含表格年度 2020');
  });
});
