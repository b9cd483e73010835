/**
 * Timings the app measures about itself (`performance.now()`), kept on `window.__jixiaoPerf` so
 * the end-to-end run can read them and compare them with the budgets in docs/benchmarks.md.
 */

export interface PerfRecord {
  /** Milliseconds of each live review of the editor, newest last. */
  readonly lint: number[];
  /** Milliseconds from a committed edit to the next frame painted with its findings. */
  readonly editToPaint: number[];
  /** Named one-off marks (first grid render, …) in ms since navigation start. */
  readonly marks: Record<string, number>;
}

declare global {
  interface Window {
    __jixiaoPerf?: PerfRecord;
  }
}

function perf(): PerfRecord {
  if (!window.__jixiaoPerf) window.__jixiaoPerf = { lint: [], editToPaint: [], marks: {} };
  return window.__jixiaoPerf;
}

/** Records one sample of a series, keeping the last hundred. */
export function recordSample(series: 'lint' | 'editToPaint', ms: number): void {
  const list = perf()[series];
  list.push(ms);
  if (list.length > 100) list.shift();
}

/** Records a named moment (ms since the page started loading). */
export function recordMark(name: string): void {
  perf().marks[name] = performance.now();
}
