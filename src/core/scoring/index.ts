/**
 * Self-evaluation scoring (绩效自评, 财预〔2020〕10号): `scoreTable(table, profile, options)` →
 * `ScoreReport`. Pure: runs in the server, the CLI and the browser alike.
 */

export { gradeOf } from './grade.js';
export { HUBEI_PROFILE, NATIONAL_PROFILE, SCORING_PROFILES, SICHUAN_PROFILE } from './profiles.js';
export { roundScore } from './rounding.js';
export type * from './score-report.js';
export { scoreTable } from './score-table.js';
export type * from './scoring-profile.js';
export {
  builtInScoringProfile,
  parseScoringProfile,
  type ScoringProfileResult,
} from './scoring-profile.schema.js';
export { tierOfText } from './tiers.js';
