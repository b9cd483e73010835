/**
 * Scoring speed: the 10,000-table corpus, each table given deterministic year-end actuals
 * (test/support/actuals.ts) and an execution block, scored by the national profile on one core,
 * against linting the same tables with `review` in the same process. Goal: scoring no slower
 * than linting (ratio ≥ 1). Also the seed with actuals, as the web app re-scores on every edit.
 */

import { review } from '../dist/core/review/index.js';
import { SCORING_PROFILES, scoreTable } from '../dist/core/scoring/index.js';
import type { TargetTable } from '../src/core/table/target-table.js';
import { withActuals } from '../test/support/actuals.js';
import { generateTables } from '../test/support/corpus.js';
import { readSeed } from '../test/support/seed.js';
import { type Figures, medianMs, round, timeIt } from './support.js';

function scoreAll(tables: readonly TargetTable[], profile = SCORING_PROFILES.national!): number {
  let total = 0;
  for (const table of tables) total += scoreTable(table, profile).total;
  return total;
}

function lintAll(tables: readonly TargetTable[]): number {
  let findings = 0;
  for (const table of tables) findings += review(table).findings.length;
  return findings;
}

export async function bench(): Promise<Figures> {
  const tables = generateTables(10_000).map((t, k) => withActuals(t, 2019 + k));
  const indicators = tables.reduce((n, t) => n + t.indicators.length, 0);
  const mean = scoreAll(tables) / tables.length;

  const scoreMs = await medianMs(() => scoreAll(tables), 3);
  const lintMs = await medianMs(() => lintAll(tables), 3);
  const sichuanMs = await medianMs(() => scoreAll(tables, SCORING_PROFILES.sichuan), 3);

  const seed = withActuals(await readSeed());
  const seedScoreMs = await timeIt(() => scoreTable(seed), 1000);
  const seedLintMs = await timeIt(() => review(seed), 1000);

  const perSecond = (ms: number) => round((tables.length / ms) * 1000, 0);
  return {
    'score.corpus-mean-total': {
      value: round(mean, 2),
      unit: 'points',
      baseline: `${tables.length} tables, ${indicators} indicators, national profile`,
    },
    'score.tables-one-core': {
      value: perSecond(scoreMs),
      unit: 'tables/s',
      baseline: 'linting the same tables (tables/s); goal ratio ≥ 1',
      ratio: round(lintMs / scoreMs, 2),
    },
    'score.tables-one-core-sichuan': {
      value: perSecond(sichuanMs),
      unit: 'tables/s',
      baseline: 'the national profile on the same tables',
      ratio: round(scoreMs / sichuanMs, 2),
    },
    'score.seed-ms': {
      value: round(seedScoreMs, 3),
      unit: 'ms',
      baseline: 'linting the seed (164 indicators)',
      ratio: round(seedScoreMs / seedLintMs, 2),
    },
  };
}
