/**
 * Canonical notation of target values (`≥90%`, `1-2个`, `≤2019-12-31`). Parsing the formatted
 * text gives back the same value: `sameTargetValue(parse(format(v)), v)` holds.
 */

import { assertNever } from '../util/assert-never.js';
import { sameTargetValue } from './compare.js';
import { parseTargetValue } from './parse.js';
import type {
  Comparator,
  DateValue,
  NumberValue,
  TargetValue,
  ValueContext,
} from './target-value.js';

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

/** Joins a measure and the words after it, keeping a space where the lexer would merge them (0A A). */
function withTrailing(measure: string, trailing: string | undefined): string {
  if (!trailing) return measure;
  const merge = /[A-Za-z0-9.]$/.test(measure) && /^[A-Za-z0-9.]/.test(trailing);
  return `${measure}${merge ? ' ' : ''}${trailing}`;
}

/** Joins the words before a measure to it, keeping a space where a sign would be read (- 0). */
function withSubject(subject: string | undefined, measure: string): string {
  if (!subject) return measure;
  const merge = /[-+~.\d<>=≥≤≈]$/.test(subject) && /^[-\d.<>=≥≤≈]/.test(measure);
  return `${subject}${merge ? ' ' : ''}${measure}`;
}

function formatNumberValue(v: NumberValue): string {
  const unit = `${v.unit ?? ''}${v.per ? `/${v.per}` : ''}`;
  const measure =
    v.op === 'between'
      ? `${formatNumber(v.min)}-${formatNumber(v.max)}${unit}`
      : `${v.change ? CHANGE[v.change] : v.implicit ? '' : SYMBOL[v.op]}${formatNumber(v.value)}${unit}`;
  return withSubject(v.subject, withTrailing(measure, v.trailing));
}

function formatDateValue(v: DateValue): string {
  const measure = v.op === 'between' ? `${v.min}至${v.max}` : `≤${v.value}`;
  return withSubject(v.subject, withTrailing(measure, v.trailing));
}

/**
 * Writes a value in canonical notation, or as originally written when the canonical text would
 * read back differently (rare, contrived inputs such as `2019左右年`, where `≈2019年` is a date).
 * @example formatTargetValue(parseTargetValue('不少于10场')) // '≥10场'
 */
export function formatTargetValue(v: TargetValue, ctx: ValueContext = {}): string {
  const canonical = canonicalNotation(v);
  if (canonical === v.raw || sameTargetValue(parseTargetValue(canonical, ctx), v)) return canonical;
  return v.raw;
}

/** The canonical notation of a value, without the read-back check. */
export function canonicalNotation(v: TargetValue): string {
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
      return v.parts.map(canonicalNotation).join('；');
    case 'none':
      return v.reason === 'empty' ? '' : '不适用';
    default:
      return assertNever(v);
  }
}
