import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import {
  costUnderQuantity,
  countUnderQuality,
  notSatisfaction,
  outputAsEffect,
  rateUnderQuantity,
  satisfactionElsewhere,
} from './misplaced.js';

describe('misplaced indicators', () => {
  it('moves a cost out of 数量 and asks for the unit when there is none', () => {
    const [hit] = expectExamplesHold(costUnderQuantity);
    expect(hit!.suggestion).toBe('移至成本指标并注明单位（万元）');
    const withUnit = findingsOf('cost-under-quantity', { rows: [['数量', '差旅费', '3万元']] });
    expect(withUnit[0]!.suggestion).toBe('移至成本指标');
  });

  it('moves a rate out of 数量, but leaves a count given in % to count-with-percent', () => {
    expectExamplesHold(rateUnderQuantity);
    expect(findingsOf('rate-under-quantity', { rows: [['数量', '培训人数', '90%']] })).toEqual([]);
  });

  it('moves a count out of 质量', () => {
    expectExamplesHold(countUnderQuality);
    expect(findingsOf('count-under-quality', { rows: [['质量', '是否按标准支出', '是']] })).toEqual(
      [],
    );
  });

  it('tells outputs from counted effects', () => {
    expectExamplesHold(outputAsEffect);
    const flagged = (name: string, raw: string) =>
      findingsOf('output-as-effect', { rows: [['社会效益', name, raw]] }).length;
    expect(flagged('形成思想库合集', '形成思想库合集1本')).toBe(1);
    expect(flagged('评选优秀论文一等奖4份，特别奖1份', '5')).toBe(1);
    expect(flagged('带动就业人数', '≥200人')).toBe(0);
    expect(flagged('新增科普受众', '≥1万人次')).toBe(0);
    expect(flagged('公众科学素质达标率', '≥12%')).toBe(0);
    // People and households reached are the reach of a service, not things produced.
    expect(flagged('服务群众人次', '5-14万人次')).toBe(0);
    expect(flagged('服务企业数量', '服务企业不少于20家')).toBe(0);
    expect(flagged('奖励市青年科技奖获奖者', '8人')).toBe(1);
  });

  it('refuses a pass rate under 满意度 as an error', () => {
    const [hit] = expectExamplesHold(notSatisfaction);
    expect(hit!.severity).toBe('error');
    expect(hit!.message).toContain('课题通过率');
    // The value can carry the satisfaction word when the name is short.
    expect(
      findingsOf('not-satisfaction', { rows: [['满意度', '科技工作者', '满意率90%以上']] }),
    ).toEqual([]);
    expect(findingsOf('not-satisfaction', { rows: [['满意度', '群众有效投诉率', '≤1%']] })).toEqual(
      [],
    );
  });

  it('moves an approval rate to 满意度, but not a yes/no question about surveys', () => {
    expectExamplesHold(satisfactionElsewhere);
    expect(
      findingsOf('satisfaction-elsewhere', { rows: [['质量', '是否开展满意度调查', '是']] }),
    ).toEqual([]);
  });
});
