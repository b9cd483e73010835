/**
 * The formulas of quantitative scoring by direction (财预〔2020〕10号 and the local rules that
 * DOMAIN.md lists). Each takes weight w, target t, actual a and returns the raw score, which
 * case applied, and the arithmetic as text for the explanation.
 */

import { showNumber as n } from './rounding.js';
import type { NegativeFormula } from './scoring-profile.js';

export type OutcomeCase =
  | 'met' // full marks
  | 'short' // w·a/t
  | 'zero-met' // target 0 kept
  | 'zero-missed' // target 0 exceeded
  | 'linear' // w·(1−(a−t)/t)
  | 'double' // a ≥ 2t: 0
  | 'ratio' // w·t/a
  | 'range-below' // below the minimum: positive against it
  | 'range-above'; // above the maximum: negative against it

export interface Outcome {
  readonly scoreRaw: number;
  readonly case: OutcomeCase;
  /** The arithmetic, empty for full marks and zeros. */
  readonly formula: string;
}

const full = (w: number): Outcome => ({ scoreRaw: w, case: 'met', formula: '' });

/** Higher is better: a ≥ t → w, else w·a/t (never below 0). */
export function positive(w: number, t: number, a: number): Outcome {
  if (a >= t) return full(w);
  if (t <= 0) return { scoreRaw: 0, case: 'short', formula: '' };
  const share = Math.max(a, 0) / t;
  return {
    scoreRaw: w * share,
    case: 'short',
    formula: `${n(w)} × ${n(Math.max(a, 0))} / ${n(t)}`,
  };
}

/** Exact (=): as positive when t > 0; when t = 0, full marks only if a ≤ 0. */
export function exact(w: number, t: number, a: number): Outcome {
  if (t > 0) return positive(w, t, a);
  return a <= 0
    ? { scoreRaw: w, case: 'zero-met', formula: '' }
    : { scoreRaw: 0, case: 'zero-missed', formula: '' };
}

/**
 * Lower is better: a ≤ t → w; beyond it by the profile's formula — `linear-to-double`
 * w·(1−(a−t)/t) for t < a < 2t and 0 from 2t, or `ratio` w·t/a.
 */
export function negative(w: number, t: number, a: number, formula: NegativeFormula): Outcome {
  if (a <= t) return full(w);
  if (t <= 0) return { scoreRaw: 0, case: 'zero-missed', formula: '' };
  if (formula === 'ratio')
    return { scoreRaw: (w * t) / a, case: 'ratio', formula: `${n(w)} × ${n(t)} / ${n(a)}` };
  if (a >= 2 * t) return { scoreRaw: 0, case: 'double', formula: '' };
  return {
    scoreRaw: w * (1 - (a - t) / t),
    case: 'linear',
    formula: `${n(w)} × (1 − (${n(a)} − ${n(t)}) / ${n(t)})`,
  };
}

/**
 * A range [min, max]: inside → w; below the minimum scores as positive against it, above the
 * maximum as negative against it (a range bounds both ways).
 */
export function range(
  w: number,
  min: number,
  max: number,
  a: number,
  formula: NegativeFormula,
): Outcome {
  if (a >= min && a <= max) return full(w);
  if (a < min) return { ...positive(w, min, a), case: 'range-below' };
  return { ...negative(w, max, a, formula), case: 'range-above' };
}

/** Days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
