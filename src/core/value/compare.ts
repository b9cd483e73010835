import type { Direction, TargetValue } from './target-value.js';

/** Drops what does not change the meaning of a value: the text it was read from and notes. */
function meaning(v: TargetValue): unknown {
  const { raw: _raw, notes: _notes, ...rest } = v;
  if (rest.kind === 'compound') return { ...rest, parts: rest.parts.map(meaning) };
  return rest;
}

const canonicalJson = (x: unknown): string =>
  JSON.stringify(x, (_key, val: unknown) =>
    val !== null && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b)))
      : val,
  );

/** True when two values say the same thing, however they were written. */
export function sameTargetValue(a: TargetValue, b: TargetValue): boolean {
  return canonicalJson(meaning(a)) === canonicalJson(meaning(b));
}

/**
 * Which way is better. A bare number (`6场`) reads as "at least" (DOMAIN: positive indicators);
 * a written `=` is exact; a deadline is better early.
 */
export function directionOf(v: TargetValue): Direction | null {
  switch (v.kind) {
    case 'number':
      if (v.op === 'between') return 'range';
      if (v.op === '>=' || v.op === '>') return 'higher';
      if (v.op === '<=' || v.op === '<') return 'lower';
      if (v.op === '=' && v.implicit) return 'higher';
      return 'exact';
    case 'date':
      return 'lower';
    default:
      return null;
  }
}
