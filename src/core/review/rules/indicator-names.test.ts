import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { emptyName, goalAsName, nameValueDisagree } from './indicator-names.js';

describe('indicator names', () => {
  it('flags names that say nothing, including the category itself', () => {
    expectExamplesHold(emptyName);
    const flagged = (label: string, name: string) =>
      findingsOf('empty-name', { rows: [[label, name, '本年内完成']] }).length;
    expect(flagged('时效', '完成时间')).toBe(1);
    expect(flagged('时效指标', '时效')).toBe(1);
    expect(flagged('时效', '')).toBe(1);
    expect(flagged('时效', '年度科普工作完成时间')).toBe(0);
    expect(flagged('满意度', '满意度')).toBe(1);
    expect(flagged('服务对象满意度指标', '服务对象满意度')).toBe(0);
  });

  it('flags a goal written as an indicator, but not a rate that starts with 提高', () => {
    expectExamplesHold(goalAsName);
    const flagged = (name: string) =>
      findingsOf('goal-as-name', { rows: [['社会效益', name, '≥90%']] }).length;
    expect(flagged('进一步推动我市创新创业氛围；引入创新创业团队；')).toBe(1);
    expect(flagged('为了深圳海洋事业发展献计献策')).toBe(1);
    expect(flagged('提高群众知晓率')).toBe(0);
    expect(flagged('资助相关单位开展针对青少年、城市劳动者等重点人群的科普活动次数')).toBe(0);
  });

  it('flags a name whose own target disagrees with the value, and quotes both', () => {
    const [hit] = expectExamplesHold(nameValueDisagree);
    expect(hit!.message).toBe(
      '名称“获得国家级省赛奖项5个以上”自带目标“≥5个”，与指标值“≥90%”不一致',
    );
    const flagged = (name: string, raw: string) =>
      findingsOf('name-value-disagree', { rows: [['数量', name, raw]] }).length;
    expect(flagged('开展活动不少于10场', '8场')).toBe(1);
    expect(flagged('开展活动不少于10场', '10场')).toBe(0);
    expect(flagged('开展活动不少于10场', '10')).toBe(0);
    // Implicit numbers in a name are a breakdown, not a target: 各1次 and 3次 agree.
    expect(flagged('开展1、青少年科技创新大赛2、机器人竞赛3、七巧板竞赛各1次', '3次')).toBe(0);
  });
});
