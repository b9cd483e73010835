/**
 * The web budgets, measured by the browser run and written to bench/e2e-results.json
 * (same shape as bench/results.json) for the lead to record in docs/benchmarks.md. The e2e
 * tests do not assert on time (CONTRIBUTING: no timing assertions); they only measure.
 */

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_ROOT } from './server.js';

export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
  readonly note?: string;
  readonly [extra: string]: unknown;
}

const RESULTS = join(import.meta.dirname, '..', '..', '..', 'bench', 'e2e-results.json');

/** Adds figures to bench/e2e-results.json (keeping the others of the same run). */
export function recordFigures(figures: Readonly<Record<string, Figure>>): void {
  let current: Record<string, Figure> = {};
  try {
    current = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, Figure>;
  } catch {
    // first figures of this run
  }
  writeFileSync(RESULTS, `${JSON.stringify({ ...current, ...figures }, null, 2)}\n`);
}

/** The median of some samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The JavaScript a first visit loads before any route chunk: the entry script of index.html and
 * the chunks it preloads, gzip-compressed as a server would send them.
 */
export function initialJavaScript(): {
  readonly files: string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
  readonly allGzipBytes: number;
} {
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(WEB_ROOT, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  let allGzipBytes = 0;
  for (const file of readdirSync(join(WEB_ROOT, 'assets')))
    if (file.endsWith('.js'))
      allGzipBytes += gzipSync(readFileSync(join(WEB_ROOT, 'assets', file))).length;
  return { files, gzipBytes, rawBytes, allGzipBytes };
}
