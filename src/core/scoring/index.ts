/**
 * Self-evaluation scoring (绩效自评, 财预〔2020〕10号): `scoreTable(table, profile, options)` →
 * `ScoreReport`. Pure: runs in the server, the CLI and the browser alike.
 */

export type * from './score-report.js';
export type * from './scoring-profile.js';
