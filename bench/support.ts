/**
 * Benchmark helpers. Every figure is measured against a baseline run in the same process,
 * because absolute times on a shared machine drift from run to run.
 */

import { cpus, totalmem } from 'node:os';

/** One measured figure, as written to bench/results.json. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** What the ratio compares against. */
  readonly baseline?: string;
  /** value / baseline (or the ratio the name says). */
  readonly ratio?: number;
}

export type Figures = Record<string, Figure>;

/** Runs `fn` repeatedly for at least `minMs` and returns the mean milliseconds per run. */
export async function timeIt(
  fn: () => unknown | Promise<unknown>,
  minMs = 1000,
  minRuns = 3,
): Promise<number> {
  await fn(); // warm up: JIT, caches, lazy imports
  let runs = 0;
  const start = performance.now();
  while (runs < minRuns || performance.now() - start < minMs) {
    await fn();
    runs += 1;
  }
  return (performance.now() - start) / runs;
}

/** The median of several timings of `fn`, each a single run: for work too long to repeat often. */
export async function medianMs(fn: () => unknown | Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const round = (n: number, places = 2): number => Math.round(n * 10 ** places) / 10 ** places;

/** The machine a run came from, recorded beside its figures. */
export function machine(): {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
} {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}
