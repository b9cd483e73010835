/**
 * How far a value goes toward its target, as a percentage that honours the direction
 * (DESIGN: Akvo's percent-achieved ignored it and was wrong for lower-is-better indicators).
 * 100 means the target is reached; a lower-is-better value over its ceiling t scores t/a.
 */

import type { Direction, NumberValue } from '../value/target-value.js';

/** Achievement of `a` against a number target, in percent (not capped above 100). */
export function achievementPercent(target: NumberValue, a: number, direction: Direction): number {
  if (target.op === 'between' && direction === 'range') {
    if (a >= target.min && a <= target.max) return 100;
    if (a < target.min) return target.min > 0 ? (Math.max(a, 0) / target.min) * 100 : 0;
    return a > 0 ? (target.max / a) * 100 : 100;
  }
  const t =
    target.op === 'between' ? (direction === 'higher' ? target.min : target.max) : target.value;
  switch (direction) {
    case 'lower':
      if (a <= t) return 100;
      return t > 0 ? (t / a) * 100 : 0;
    case 'exact':
      if (t === 0) return a <= 0 ? 100 : 0;
      return t > 0 ? (Math.max(a, 0) / t) * 100 : 0;
    case 'higher':
    case 'range':
      if (t > 0) return (Math.max(a, 0) / t) * 100;
      return a >= t ? 100 : 0;
  }
}

/** |expected − target| / target, outside a range measured to its nearer bound; null when t ≤ 0. */
export function deviationOf(target: NumberValue, a: number): number | null {
  if (target.op === 'between') {
    if (a >= target.min && a <= target.max) return 0;
    const bound = a < target.min ? target.min : target.max;
    return bound > 0 ? Math.abs(a - bound) / bound : null;
  }
  return target.value > 0 ? Math.abs(a - target.value) / target.value : null;
}
