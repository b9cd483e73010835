/**
 * Rounding of scores. Floats carry binary noise (1.005 × 100 = 100.49999…), so every value is
 * first cleaned to twelve significant digits: a score written 4.005 rounds half-up to 4.01.
 */

import type { Rounding } from './scoring-profile.js';

/** Removes binary noise below twelve significant digits. */
export const clean = (x: number): number => (Number.isFinite(x) ? Number(x.toPrecision(12)) : 0);

/**
 * Rounds a score as the profile says: half-up or floor, to `places` decimals.
 * @example roundScore(4.005, { method: 'half-up', places: 2 }) // 4.01
 */
export function roundScore(x: number, rounding: Pick<Rounding, 'method' | 'places'>): number {
  const scale = 10 ** rounding.places;
  const scaled = clean(clean(x) * scale);
  const whole = rounding.method === 'floor' ? Math.floor(scaled) : Math.round(scaled);
  return clean(whole / scale);
}

/** A number for an explanation: integers as they are, others with at most four decimals. */
export function showNumber(n: number): string {
  const v = clean(n);
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toFixed(4)));
}

/** A share (0.915) as a percentage for an explanation: 91.5. */
export function showPercent(share: number): string {
  return showNumber(clean(share * 100));
}
