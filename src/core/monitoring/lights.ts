/**
 * Traffic lights as ordered rules held as data: the first rule the value is below (or the
 * first without a bound) wins, and the value is rounded before the rules see it, so a shown
 * 80.00 is never red because it was 79.996 underneath.
 */

import { roundScore } from '../scoring/rounding.js';
import type { Light, LightRule } from './monitoring-profile.js';

/**
 * The light of a value.
 * @example lightOf(79.996, rules, 2) // 'green' with red < 60, yellow < 80: it shows as 80
 */
export function lightOf(
  value: number,
  rules: readonly LightRule[],
  places: number,
): Exclude<Light, 'none'> {
  const shown = roundScore(value, { method: 'half-up', places });
  for (const rule of rules) if (rule.below === undefined || shown < rule.below) return rule.light;
  return rules.at(-1)?.light ?? 'green';
}

const RANK: Readonly<Record<Light, number>> = { none: 0, green: 1, yellow: 2, red: 3 };

/** The worst of several lights; `none` when there are none. */
export function worstLight(lights: readonly Light[]): Light {
  let worst: Light = 'none';
  for (const l of lights) if (RANK[l] > RANK[worst]) worst = l;
  return worst;
}
