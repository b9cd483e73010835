/**
 * Review speed: the 10,000-table corpus linted on one core and on all cores (piscina
 * worker threads), against reading the same tables in the same process — each table rendered
 * with `toTabText` beforehand and read back by the text reader. Goal: linting costs at most 3×
 * parsing. Also the seed: re-linting its 164 indicators, as the web editor does on every edit.
 *
 * Both sides are the compiled code in dist/ (as it ships), here and in the workers, so the
 * ratio compares like with like.
 */

import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { review } from '../dist/core/review/index.js';
import { readText } from '../dist/io/text/read-text.js';
import type { TargetTable } from '../src/core/table/target-table.js';
import { generateTables, toTabText } from '../test/support/corpus.js';
import { readSeed, SEED_PATH } from '../test/support/seed.js';
import { type Figures, medianMs, round, timeIt } from './support.js';

const BATCH = 250;

/** Reads every text back into tables: the parse this bench compares linting with. */
function parseAll(texts: readonly string[]): TargetTable[] {
  return texts.flatMap((text, k) => readText(text, { file: `corpus-${k}.txt`, format: 'text' }));
}

function lintAll(tables: readonly TargetTable[]): { error: number; warning: number; info: number } {
  const total = { error: 0, warning: 0, info: 0 };
  for (const table of tables) {
    const { summary } = review(table);
    total.error += summary.error;
    total.warning += summary.warning;
    total.info += summary.info;
  }
  return total;
}

async function lintOnAllCores(pool: Piscina, tables: readonly TargetTable[]): Promise<number> {
  const batches: string[] = [];
  for (let k = 0; k < tables.length; k += BATCH)
    batches.push(JSON.stringify(tables.slice(k, k + BATCH)));
  const counts = await Promise.all(batches.map((b) => pool.run(b) as Promise<{ error: number }>));
  return counts.reduce((n, c) => n + c.error, 0);
}

export async function bench(): Promise<Figures> {
  // The seed first, on a small heap, as the web editor holds one table, not ten thousand.
  const seed = await readSeed();
  const seedText = await readFile(SEED_PATH, 'utf8');
  // Steady state, as in an editor session: V8 needs some hundred runs to optimise either side.
  for (let k = 0; k < 500; k += 1) {
    review(seed);
    readText(seedText, { format: 'text' });
  }
  const seedLintMs = await timeIt(() => review(seed), 2000);
  const seedParseMs = await timeIt(() => readText(seedText, { format: 'text' }), 2000);

  const texts = generateTables(10_000).map(toTabText);
  const tables = parseAll(texts);
  const indicators = tables.reduce((n, t) => n + t.indicators.length, 0);
  const counts = lintAll(tables);

  const parseMs = await medianMs(() => parseAll(texts), 3);
  const lintMs = await medianMs(() => lintAll(tables), 3);

  const threads = availableParallelism();
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./lint.worker.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
    minThreads: threads,
    maxThreads: threads,
  });
  const poolMs = await medianMs(() => lintOnAllCores(pool, tables), 3);
  await pool.destroy();

  const perSecond = (ms: number) => round((tables.length / ms) * 1000, 0);
  return {
    'lint.corpus-findings': {
      value: counts.error + counts.warning + counts.info,
      unit: 'findings',
      baseline: `${tables.length} tables, ${indicators} indicators: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos`,
    },
    'lint.tables-one-core': {
      value: perSecond(lintMs),
      unit: 'tables/s',
      baseline: 'reading the same tables from text (tables/s)',
      ratio: round(parseMs / lintMs),
    },
    'lint.tables-all-cores': {
      value: perSecond(poolMs),
      unit: 'tables/s',
      baseline: `linting on one core; ${threads} worker threads, batches of ${BATCH} sent as JSON`,
      ratio: round(lintMs / poolMs),
    },
    'lint.cost-vs-parse': {
      value: round(lintMs / parseMs),
      unit: '× parse time (goal ≤ 3)',
      baseline: `parse ${round(parseMs, 0)} ms, lint ${round(lintMs, 0)} ms for ${tables.length} tables`,
      ratio: round(lintMs / parseMs),
    },
    'lint.seed-ms': {
      value: round(seedLintMs, 3),
      unit: 'ms per review of the 164-indicator seed',
      baseline: 'reading the seed text',
      ratio: round(seedLintMs / seedParseMs),
    },
  };
}
