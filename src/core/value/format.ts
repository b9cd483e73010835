/**
 * Canonical notation of target values (`≥90%`, `1-2个`, `≤2019-12-31`). Parsing the formatted
 * text gives back the same value: `sameTargetValue(parse(format(v)), v)` holds.
 */

import { assertNever } from '../util/assert-never.js';
import type { Comparator, DateValue, NumberValue, TargetValue } from './target-value.js';

const SYMBOL: Readonly<Record<Comparator, string>> = {
  '>=': '≥',
  '<=': '≤',
  '>': '>',
  '<': '<',
  '=': '=',
  '≈': '≈',
};

const CHANGE = { increase: '提升', decrease: '下降' } as const;

/** Comparator symbol as printed: `>=` → `≥`. */
export function comparatorSymbol(op: Comparator): string {
  return SYMBOL[op];
}

/** A number without exponent notation, which the lexer would not read back. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return n.toFixed(20).replace(/\.?0+$/, '');
}

function formatNumberValue(v: NumberValue): string {
  const unit = `${v.unit ?? ''}${v.per ? `/${v.per}` : ''}`;
  const measure =
    v.op === 'between'
      ? `${formatNumber(v.min)}-${formatNumber(v.max)}${unit}`
      : `${v.change ? CHANGE[v.change] : v.implicit ? '' : SYMBOL[v.op]}${formatNumber(v.value)}${unit}`;
  return `${v.subject ?? ''}${measure}${v.trailing ?? ''}`;
}

function formatDateValue(v: DateValue): string {
  const measure = v.op === 'between' ? `${v.min}至${v.max}` : `≤${v.value}`;
  return `${v.subject ?? ''}${measure}${v.trailing ?? ''}`;
}

/**
 * Writes a value in canonical notation.
 * @example formatTargetValue(parseTargetValue('不少于10场')) // '≥10场'
 */
export function formatTargetValue(v: TargetValue): string {
  switch (v.kind) {
    case 'number':
      return formatNumberValue(v);
    case 'date':
      return formatDateValue(v);
    case 'boolean':
      return v.value ? '是' : '否';
    case 'text':
      return v.raw.trim();
    case 'compound':
      return v.parts.map(formatTargetValue).join('；');
    case 'none':
      return v.reason === 'empty' ? '' : '不适用';
    default:
      return assertNever(v);
  }
}
