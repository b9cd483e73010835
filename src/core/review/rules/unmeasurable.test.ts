import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import {
  approximateTarget,
  percentWithoutRatio,
  timelyWithoutDeadline,
  vagueValue,
  valueRepeatsName,
} from './unmeasurable.js';

describe('unmeasurable values', () => {
  it('flags a value that only repeats the name or its dimension', () => {
    const [hit] = expectExamplesHold(valueRepeatsName);
    expect(hit!.message).toContain('“及时性”');
    const flagged = (label: string, name: string, raw: string) =>
      findingsOf('value-repeats-name', { rows: [[label, name, raw]] }).length;
    expect(flagged('质量', '培训质量', '质量')).toBe(1);
    expect(flagged('数量', '培训班', '培训班')).toBe(1);
    expect(flagged('时效', '资金拨付及时性', '及时')).toBe(0);
  });

  it('asks for a deadline for 及时, in the form of the project end date', () => {
    const [hit] = expectExamplesHold(timelyWithoutDeadline);
    expect(hit!.suggestion).toBe('写明时限，如“2019年12月31日前完成”');
    expect(
      findingsOf('timely-without-deadline', { rows: [['时效', '资金拨付', '及时，2019年6月前']] }),
    ).toEqual([]);
    // A rate answered with 及时 is rate-with-text, not this.
    expect(
      findingsOf('timely-without-deadline', { rows: [['时效', '资金拨付及时率', '及时']] }),
    ).toEqual([]);
  });

  it('flags 效果明显, 好评, 持续提升 and 全年, also inside a compound value', () => {
    expectExamplesHold(vagueValue);
    const flagged = (raw: string, label = '社会效益') =>
      findingsOf('vague-value', { rows: [[label, '科普工作成效', raw]] });
    expect(flagged('效果明显')).toHaveLength(1);
    expect(flagged('持续提升；新增项目储备20个')[0]!.message).toContain('持续提升');
    expect(flagged('全年', '时效')[0]!.suggestion).toContain('时限');
    expect(flagged('符合相关规定')).toEqual([]);
    expect(flagged('提高3个百分点')).toEqual([]);
  });

  it('flags a percentage whose name does not say of what', () => {
    expectExamplesHold(percentWithoutRatio);
    const flagged = (name: string, raw: string) =>
      findingsOf('percent-without-ratio', { rows: [['社会效益', name, raw]] }).length;
    expect(flagged('科技成果', '获得科技工作者认可率90%以上')).toBe(0);
    expect(flagged('带动相关产业产值', '提升10%')).toBe(0);
    expect(flagged('科普工作', '≥90%')).toBe(1);
  });

  it('notes an approximate target and proposes a floor', () => {
    const [hit] = expectExamplesHold(approximateTarget);
    expect(hit!.severity).toBe('info');
    expect(hit!.suggestion).toBe('写成下限或区间，如“≥20个”');
    expect(
      findingsOf('approximate-target', { rows: [['数量', '培训课时', '约120课时']] }),
    ).toHaveLength(1);
    expect(
      findingsOf('approximate-target', { rows: [['数量', '培训课时', '100-120课时']] }),
    ).toEqual([]);
  });
});
