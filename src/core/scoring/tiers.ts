/**
 * The tier of a qualitative indicator (达成 / 部分达成 / 未达成) read from what the unit wrote as
 * its actual. Negations are read first: 未达到 says "not met" although it contains 达到.
 */

import { sameTargetValue } from '../value/compare.js';
import type { TargetValue } from '../value/target-value.js';
import type { Tier, TierId } from './scoring-profile.js';

const UNMET =
  /未(?:能|全部|按时|按期)?(?:达成|达到|完成|实现|达标|落实|开展)|没有|尚未|未按|延期|延迟|滞后|无法|不达标|不合格|不满意|较差|未达|^否$|^无$/;
const PARTIAL = /部分|基本|大部分|大部|多数|一定(?:效果|成效|作用)|初步|有所/;
const MET =
  /达成|达到|完成|实现|符合|达标|合格|优良|优秀|良好|明显|显著|好评|满意|及时|按时|如期|按期|全覆盖|应保尽保|有效|提升|提高|改善|增强|落实|规范|^是$|^已/;

/**
 * The tier an actual text says, or null when it does not say one.
 * @example tierOfText('基本完成') // 'partial'
 */
export function tierOfText(text: string): TierId | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  if (t === '') return null;
  if (UNMET.test(t)) return 'unmet';
  if (PARTIAL.test(t)) return 'partial';
  if (MET.test(t)) return 'met';
  return null;
}

/** The tier of an actual against a qualitative target: the same words as the target mean met. */
export function tierOfActual(actual: TargetValue, target: TargetValue): TierId | null {
  if (actual.kind === 'boolean') return actual.value ? 'met' : 'unmet';
  if (actual.kind === 'text' || actual.kind === 'date' || actual.kind === 'number') {
    const said = tierOfText(actual.raw);
    if (said !== null) return said;
  }
  if (sameTargetValue(actual, target)) return 'met';
  if (
    actual.kind === 'text' &&
    target.kind === 'text' &&
    actual.level &&
    actual.level === target.level
  )
    return 'met';
  return null;
}

/** The score a tier allows, in points of weight w: [low, high]. */
export function tierBounds(tier: Tier, w: number): readonly [number, number] {
  return [tier.min * w, tier.max * w];
}
