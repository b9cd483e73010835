import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { costNotMoney, countWithPercent, rateWithCountUnit, rateWithText } from './units.js';

describe('unit mismatches', () => {
  it('flags a rate counted in 起 and quotes the value and unit', () => {
    const [hit] = expectExamplesHold(rateWithCountUnit);
    expect(hit!.message).toBe('“工作会议正常运行率”是比率，目标值“5起”却是件数（起）');
    expect(hit!.suggestion).toContain('百分比');
  });

  it('reads a rate inside a compound value and treats 满意度 as a rate', () => {
    expect(
      findingsOf('rate-with-count-unit', { rows: [['满意度', '群众满意度', '200人']] }),
    ).toHaveLength(1);
    expect(
      findingsOf('rate-with-count-unit', { rows: [['质量', '合格率', '抽检20次']] }),
    ).toHaveLength(1);
    expect(
      findingsOf('rate-with-count-unit', { rows: [['质量', '合格率', '95%，抽检20次']] }),
    ).toEqual([]);
  });

  it('flags a rate answered with a word, but not a placeholder (reported elsewhere)', () => {
    const [hit] = expectExamplesHold(rateWithText);
    expect(hit!.messageEn).toContain('及时');
    expect(findingsOf('rate-with-text', { rows: [['质量', '合格率', 'XX']] })).toEqual([]);
    expect(findingsOf('rate-with-text', { rows: [['质量', '合格率', '是']] })).toHaveLength(1);
  });

  it('flags a count given in percent, but not a change against a baseline', () => {
    expectExamplesHold(countWithPercent);
    expect(findingsOf('count-with-percent', { rows: [['数量', '参训人数', '提升10%']] })).toEqual(
      [],
    );
  });

  it('flags a cost in 次 and suggests an amount', () => {
    const [hit] = expectExamplesHold(costNotMoney);
    expect(hit!.suggestion).toContain('≤3万元');
    expect(findingsOf('cost-not-money', { rows: [['成本', '成本控制率', '≤100%']] })).toEqual([]);
  });
});
