import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, roundScore, showNumber } from './rounding.js';

describe('rounding of scores', () => {
  it('cleans binary noise exactly as printing twelve significant digits would', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e13, max: 1e13, noNaN: true }), (x) => {
        expect(clean(x)).toBe(Number(x.toPrecision(12)));
      }),
      { numRuns: 20_000 },
    );
    expect(clean(1.005 * 100)).toBe(100.5);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(Number.NaN)).toBe(0);
    for (let k = -6; k <= 10; k += 1) {
      for (const x of [10 ** k, 10 ** k * (1 - 1e-15), 10 ** k * (1 + 1e-15)]) {
        expect(clean(x)).toBe(Number(x.toPrecision(12)));
      }
    }
  });

  it('rounds half-up after cleaning, or down to whole points', () => {
    expect(roundScore(4.005, { method: 'half-up', places: 2 })).toBe(4.01);
    expect(roundScore(89.995, { method: 'half-up', places: 2 })).toBe(90);
    expect(roundScore(89.999, { method: 'floor', places: 0 })).toBe(89);
    expect(showNumber(2 / 3)).toBe('0.6667');
  });
});
