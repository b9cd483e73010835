/**
 * Reviews the draft on every edit with exactly the server's rules (core/review), timing each run.
 * Each row keeps the same findings array while its findings do not change, so only the rows
 * whose findings changed render again.
 */
import { useMemo, useRef } from 'react';
import { type Finding, type ReviewResult, review } from '../../../../core/review/index.js';
import type { TargetTable } from '../../../../core/table/target-table.js';
import { recordSample } from '../../../perf.js';

export interface LiveReview {
  readonly result: ReviewResult;
  /** Findings per indicator index (a finding about two rows is listed under both). */
  readonly byIndex: ReadonlyMap<number, readonly Finding[]>;
  /** Findings about the whole table. */
  readonly tableLevel: readonly Finding[];
  /** How long the review took, in milliseconds. */
  readonly ms: number;
}

const sameFindings = (a: readonly Finding[], b: readonly Finding[]): boolean =>
  a.length === b.length &&
  a.every(
    (f, i) => f.rule === b[i]?.rule && f.message === b[i]?.message && f.severity === b[i]?.severity,
  );

/** The live review of `table`, recomputed only when the table object changes. */
export function useLiveReview(table: TargetTable): LiveReview {
  const previous = useRef<ReadonlyMap<number, readonly Finding[]>>(new Map());
  return useMemo(() => {
    const start = performance.now();
    const result = review(table);
    const ms = performance.now() - start;
    recordSample('lint', ms);
    const fresh = new Map<number, Finding[]>();
    const tableLevel: Finding[] = [];
    for (const finding of result.findings) {
      if (!finding.indicators) tableLevel.push(finding);
      for (const index of finding.indicators ?? []) {
        const list = fresh.get(index) ?? [];
        list.push(finding);
        fresh.set(index, list);
      }
    }
    const byIndex = new Map<number, readonly Finding[]>();
    for (const [index, list] of fresh) {
      const old = previous.current.get(index);
      byIndex.set(index, old && sameFindings(old, list) ? old : list);
    }
    previous.current = byIndex;
    return { result, byIndex, tableLevel, ms };
  }, [table]);
}
