/**
 * Rounding of scores. Floats carry binary noise (1.005 × 100 = 100.49999…), so every value is
 * first cleaned to twelve significant digits: a score written 4.005 rounds half-up to 4.01.
 */

import type { Rounding } from './scoring-profile.js';

/**
 * Removes binary noise below twelve significant digits. Scaling by a power of ten gives the same
 * double as printing twelve digits and reading them back, without the string (it runs for every
 * number of every score); outside the range where that scale is exact, the string way is used.
 */
export function clean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return 0;
  const size = Math.abs(x);
  if (size < 1e-6 || size >= 1e11) return Number(x.toPrecision(12));
  if (Number.isInteger(x)) return x;
  let scale = 10 ** (11 - Math.floor(Math.log10(size)));
  // log10 can land a hair off at powers of ten: keep exactly twelve digits before the point.
  if (size * scale >= 1e12) scale /= 10;
  else if (size * scale < 1e11) scale *= 10;
  const scaled = size * scale;
  // Near a tie the product's own rounding could decide; the exact decimal decides instead.
  if (Math.abs((scaled % 1) - 0.5) < 1e-3) return Number(x.toPrecision(12));
  return (Math.sign(x) * Math.round(scaled)) / scale;
}

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
