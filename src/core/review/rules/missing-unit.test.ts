import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { moneyWithoutUnit, numberWithoutUnit } from './missing-unit.js';

describe('numbers without a unit', () => {
  it('flags money without a unit as an error that asks 元 or 万元', () => {
    const [hit] = expectExamplesHold(moneyWithoutUnit);
    expect(hit!.severity).toBe('error');
    expect(hit!.suggestion).toBe('注明金额单位，如“≤3万元”或“≤3元”');
  });

  it('does not also report a money value as a plain number without a unit', () => {
    expect(findingsOf('number-without-unit', moneyWithoutUnit.examples.hit)).toEqual([]);
  });

  it('suggests the unit the name implies', () => {
    const [meeting] = expectExamplesHold(numberWithoutUnit);
    expect(meeting!.suggestion).toContain('1次');
    const unitOf = (name: string, raw: string) =>
      findingsOf('number-without-unit', { rows: [['数量', name, raw]] })[0]?.suggestion;
    expect(unitOf('举办场次', '100')).toContain('100场');
    expect(unitOf('培训人数', '300')).toContain('300人');
    expect(unitOf('验收合格率', '95')).toContain('95%');
    expect(unitOf('评选优秀论文一等奖4份，二等奖8份', '12')).toContain('12份');
    expect(unitOf('完成课题', '20')).toContain('计量单位');
  });

  it('spares indexes, ranks and scores, which have no unit', () => {
    expect(findingsOf('number-without-unit', { rows: [['质量', '空气质量指数', '≤50']] })).toEqual(
      [],
    );
    expect(findingsOf('number-without-unit', { rows: [['质量', '考核得分', '≥90']] })).toEqual([]);
  });
});
