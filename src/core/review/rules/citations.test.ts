import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import {
  citationBracketStyle,
  citationNumberConflict,
  sourceNoBasis,
  truncatedCitation,
  unclosedMark,
} from './citations.js';

describe('sources and citations', () => {
  it('finds one document cited with different numbers, even with a stray space', () => {
    const [hit] = expectExamplesHold(citationNumberConflict);
    expect(hit!.message).toBe(
      '同一依据“深财教函〔2011〕”的文号前后不一：1441号（第1行）、1461号（第2行）',
    );
    const spaced = {
      rows: [
        ['数量', '活动', '10项', '根据深财教函【2011】1473号文'],
        ['数量', '会议', '1次', '根据深财教函【2011】 1474号文'],
      ] as const,
    };
    expect(findingsOf('citation-number-conflict', spaced)).toHaveLength(1);
  });

  it('does not take two documents of one issuer and year for one', () => {
    const rows = [
      ['数量', '活动', '10项', '《科普条例》（深府函〔2017〕56号）'],
      ['数量', '会议', '1次', '《学会管理办法》（深府函〔2017〕80号）'],
    ] as const;
    expect(findingsOf('citation-number-conflict', { rows })).toEqual([]);
  });

  it('finds one document number in two bracket styles and proposes 〔〕', () => {
    const [hit] = expectExamplesHold(citationBracketStyle);
    expect(hit!.indicators).toEqual([1]);
    expect(hit!.suggestion).toBe('统一写作“深府〔2016〕87号”');
  });

  it('finds a citation cut off before 》', () => {
    const [hit] = expectExamplesHold(truncatedCitation);
    expect(hit!.message).toContain('“《”没有闭合');
    expect(unclosedMark('《A》（B〔2017〕1号）')).toBeNull();
    expect(unclosedMark('《A》（B')?.mark).toBe('（');
  });

  it('tells a basis from reimbursement practice and from evidence', () => {
    const [hit] = expectExamplesHold(sourceNoBasis);
    expect(hit!.message).toContain('佐证材料');
    expect(
      findingsOf('source-no-basis', { rows: [['数量', '差旅', '3万元', '根据实际情况报销']] }),
    ).toHaveLength(1);
  });
});
