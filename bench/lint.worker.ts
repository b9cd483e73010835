/**
 * Worker of bench/lint.bench.ts: reviews a batch of tables and returns the finding counts, so
 * the bench can lint the corpus on every core. Loaded by piscina through tsx.
 */

import { review } from '../src/core/review/index.js';
import type { TargetTable } from '../src/core/table/target-table.js';

/** Reviews each table of the batch; returns how many findings of each severity it found. */
export default function lintBatch(tables: readonly TargetTable[]): {
  error: number;
  warning: number;
  info: number;
} {
  const total = { error: 0, warning: 0, info: 0 };
  for (const table of tables) {
    const { summary } = review(table);
    total.error += summary.error;
    total.warning += summary.warning;
    total.info += summary.info;
  }
  return total;
}
