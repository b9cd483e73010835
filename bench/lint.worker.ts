/**
 * Worker of bench/lint.bench.ts: reviews a batch of tables and returns the finding counts, so
 * the bench can lint the corpus on every core. Loaded by piscina through tsx.
 */

import { review } from '../dist/core/review/index.js';
import type { TargetTable } from '../src/core/table/target-table.js';

/**
 * Reviews each table of a batch, sent as JSON text (a flat string crosses to a worker faster than
 * a structured clone of thousands of small objects); returns the findings by severity.
 */
export default function lintBatch(batch: string): {
  error: number;
  warning: number;
  info: number;
} {
  const total = { error: 0, warning: 0, info: 0 };
  for (const table of JSON.parse(batch) as TargetTable[]) {
    const { summary } = review(table);
    total.error += summary.error;
    total.warning += summary.warning;
    total.info += summary.info;
  }
  return total;
}
