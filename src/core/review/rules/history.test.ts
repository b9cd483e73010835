import { describe, expect, it } from 'vitest';
import { expectExamplesHold, findingsOf } from '../../../../test/support/review.js';
import { exampleReviewOptions, exampleTable, type RuleExample } from '../example.js';
import { NATIONAL_PROFILE, type ReviewProfile } from '../profile.js';
import { review } from '../review.js';
import { targetBelowLastActual } from './history.js';

const RULE = 'target-below-last-actual';
const lastYear = (rows: RuleExample['previous']) => rows;

describe('a target below last year’s actual', () => {
  it('flags a higher-is-better target under what was achieved, and quotes both', () => {
    const [hit] = expectExamplesHold(targetBelowLastActual);
    expect(hit!.message).toContain('≥20场');
    expect(hit!.message).toContain('2018');
    expect(hit!.message).toContain('26场');
    expect(hit!.suggestion).toContain('≥26场');
  });

  it('reads a bare actual in the unit of last year’s target', () => {
    const previous = lastYear({ year: 2018, rows: [['举办科普讲座场次', '≥20场', '26']] });
    expect(
      findingsOf(RULE, { rows: [['数量', '举办科普讲座场次', '≥20场']], previous }),
    ).toHaveLength(1);
  });

  it('flags a cost cap looser than last year’s spending, not a tighter one', () => {
    const previous = lastYear({ year: 2018, rows: [['人均培训成本', '≤500元', '420元']] });
    expect(findingsOf(RULE, { rows: [['成本', '人均培训成本', '≤500元']], previous })).toHaveLength(
      1,
    );
    expect(findingsOf(RULE, { rows: [['成本', '人均培训成本', '≤400元']], previous })).toEqual([]);
  });

  it('leaves satisfaction targets to their policy line', () => {
    const previous = lastYear({ year: 2018, rows: [['服务对象满意度', '≥90%', '96%']] });
    expect(findingsOf(RULE, { rows: [['满意度', '服务对象满意度', '≥90%']], previous })).toEqual(
      [],
    );
  });

  it('says nothing without history, across units, or for another indicator', () => {
    expect(findingsOf(RULE, { rows: [['数量', '举办科普讲座场次', '≥20场']] })).toEqual([]);
    const previous = lastYear({ year: 2018, rows: [['举办科普讲座场次', '≥20场', '26次']] });
    expect(findingsOf(RULE, { rows: [['数量', '举办科普讲座场次', '≥20场']], previous })).toEqual(
      [],
    );
    expect(findingsOf(RULE, { rows: [['数量', '举办科普展览场次', '≥20场']], previous })).toEqual(
      [],
    );
  });

  it('leaves room within a profile’s tolerance', () => {
    const example: RuleExample = {
      rows: [['质量', '验收合格率', '≥95%']],
      previous: { year: 2018, rows: [['验收合格率', '≥95%', '98%']] },
    };
    const strict = review(exampleTable(example), undefined, exampleReviewOptions(example));
    expect(strict.findings.filter((f) => f.rule === RULE)).toHaveLength(1);
    const lenient: ReviewProfile = {
      ...NATIONAL_PROFILE,
      id: 'lenient',
      rules: { [RULE]: { thresholds: { tolerancePercent: 5 } } },
    };
    const relaxed = review(exampleTable(example), lenient, exampleReviewOptions(example));
    expect(relaxed.findings.filter((f) => f.rule === RULE)).toEqual([]);
  });
});
