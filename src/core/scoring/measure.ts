/**
 * Making an actual value comparable with its target: one number in the target's unit.
 * Converts 万/亿/千 multiples (12万人次 against 100000人次), reads synonyms (平米 = 平方米), and
 * turns counts into a percentage when the target is one (183/200 against ≥90%), keeping the
 * counts (DESIGN: a survey's numerator and denominator are not lost).
 */

import type { PointNumber, TargetValue } from '../value/target-value.js';
import { unitClass } from '../value/units.js';
import type { Counts } from './score-report.js';

const SYNONYMS: Readonly<Record<string, string>> = {
  平米: '平方米',
  '㎡': '平方米',
  公斤: '千克',
  日: '天',
  千米: '公里',
};

const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['百万', 1e6],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
];

/** Every reading of a unit as (base, factor): 万千瓦时 → 万千瓦时×1, 千瓦时×1e4, 瓦时×1e7. */
function readings(unit: string): Array<readonly [string, number]> {
  const out: Array<readonly [string, number]> = [];
  let base = SYNONYMS[unit] ?? unit;
  let factor = 1;
  for (;;) {
    out.push([base, factor]);
    const m = MULTIPLIERS.find(
      ([prefix]) => base.startsWith(prefix) && base.length > prefix.length,
    );
    if (!m) return out;
    base = SYNONYMS[base.slice(m[0].length)] ?? base.slice(m[0].length);
    factor *= m[1];
  }
}

/** How many `to` one `from` makes (万元 → 元: 10000), or null when they are not the same measure. */
export function unitFactor(from: string, to: string): number | null {
  if (from === '‰' && to === '%') return 0.1;
  if (from === '%' && to === '‰') return 10;
  const a = readings(from);
  const b = readings(to);
  for (const [baseA, fa] of a) for (const [baseB, fb] of b) if (baseA === baseB) return fa / fb;
  return null;
}

export type Measured =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly counts?: Counts;
      /** Set when the units differ but were compared as they are (个 against 场). */
      readonly unitDiffers?: { readonly actual: string; readonly target: string };
    }
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'unit-incomparable'; readonly actual: string; readonly target: string };

/** A part written as the denominator of the part before it: `/200`, `/200人`. */
const isDenominator = (v: TargetValue): boolean =>
  v.kind === 'number' &&
  v.op !== 'between' &&
  (v.subject === '/' || v.raw.trimStart().startsWith('/'));

/**
 * `183/200`, `183人/200人`, `91.5%（183/200）`: a count of a count, which the value parser reads
 * as parts. A percentage written beside the counts is only their rounding; the counts are exact.
 */
function fraction(actual: TargetValue): Counts | null {
  if (actual.kind !== 'compound') return null;
  const parts = actual.parts;
  const k = parts.findIndex((p, i) => i > 0 && isDenominator(p));
  if (k < 0) return null;
  const others = parts.filter((_p, i) => i !== k && i !== k - 1);
  const percentOnly = others.every((p) => p.kind === 'number' && p.unit === '%');
  if (others.length > 1 || !percentOnly) return null;
  const n = parts[k - 1]!;
  const d = parts[k]!;
  if (n.kind !== 'number' || d.kind !== 'number' || n.op === 'between' || d.op === 'between')
    return null;
  if (d.value <= 0 || n.value < 0) return null;
  return { numerator: n.value, denominator: d.value };
}

/**
 * The actual as one number in the target's unit.
 * @example measureActual(parse('12万人次'), '人次') // { kind: 'number', value: 120000 }
 */
export function measureActual(actual: TargetValue, targetUnit: string | null): Measured {
  const counts = fraction(actual);
  if (counts !== null) {
    if (targetUnit !== '%') return { kind: 'not-a-number' };
    return { kind: 'number', value: (counts.numerator / counts.denominator) * 100, counts };
  }
  if (actual.kind !== 'number' || actual.op === 'between') return { kind: 'not-a-number' };
  return convert(actual, targetUnit);
}

function convert(actual: PointNumber, targetUnit: string | null): Measured {
  const unit = actual.unit;
  if (unit === null || targetUnit === null || unit === targetUnit)
    return { kind: 'number', value: actual.value };
  const factor = unitFactor(unit, targetUnit);
  if (factor !== null) return { kind: 'number', value: actual.value * factor };
  const classA = unitClass(unit);
  const classT = unitClass(targetUnit);
  // Counts of different things (个 and 场), or % against 个百分点, were most likely meant as the
  // same measure; a percent against a count, or money against days, is another one altogether.
  if (classA === classT && classA !== 'money')
    return {
      kind: 'number',
      value: actual.value,
      unitDiffers: { actual: unit, target: targetUnit },
    };
  return { kind: 'unit-incomparable', actual: unit, target: targetUnit };
}
