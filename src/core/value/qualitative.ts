import type { QualitativeLevel } from './target-value.js';

/** First match wins: `不超预算` is about money before it is about "not exceeding". */
const LEVELS: ReadonlyArray<readonly [RegExp, QualitativeLevel]> = [
  [/^(?:全年|全年度|常年)$/, 'whole-year'],
  [/不超(?:出|过)?预算|预算(?:以|之)?内/, 'within-budget'],
  [/及时|按时|准时|按期|如期/, 'timely'],
  [/应保尽保|全覆盖|应付尽付|应发尽发|应收尽收|应检尽检/, 'full-coverage'],
  [/符合|规范|按规定|按照规定|依规|合规|依法/, 'compliant'],
  [/好评|满意|认可|赞誉|肯定/, 'positive'],
  [/明显|显著|提升|提高|改善|增强|促进|推动|进一步|持续|稳步|逐步|有效|加强/, 'improve'],
  [/优秀|优良|良好|合格|达标|^优$|^良$/, 'good'],
  [/按月|按季|按年|按计划|按进度|每月|每季度|每年|定期/, 'schedule'],
  [/^(?:全部|按要求|如数)?完成$|已完成|^完成/, 'done'],
];

/** The recognised kind of a qualitative target, if any. */
export function qualitativeLevel(text: string): QualitativeLevel | undefined {
  for (const [re, level] of LEVELS) if (re.test(text)) return level;
  return undefined;
}
