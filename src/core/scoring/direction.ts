/** Which way is better for scoring and monitoring, from the target or an explicit override. */

import { directionOf } from '../value/compare.js';
import type { Direction, NumberValue } from '../value/target-value.js';

/**
 * The direction of a number target. A bare number reads as "at least" (DOMAIN), except a bare
 * 0 (`0起` accidents): "at least 0" would be met by anything, so it means exactly 0.
 * @example directionFor(parse('0起')) // 'exact'
 */
export function directionFor(target: NumberValue, override?: Direction): Direction {
  if (override) return override;
  if (target.op === '=' && target.implicit && target.value === 0) return 'exact';
  return directionOf(target) ?? 'higher';
}
