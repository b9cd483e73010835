/**
 * Lexer of the target-value language. It reads normalised text (see `normalizeValueText`) into
 * tokens: numbers, units, comparators written as symbols or Chinese words, dates, separators
 * and plain text. Words that only mean something next to a number (`以上`, `达到`, `约`) are
 * tokens only there; elsewhere they stay text, so `县级以上医院` is not a comparison.
 */

import { readChineseNumeral } from './chinese-numerals.js';
import { isoDate, isValidDate, monthEnd } from './dates.js';
import type { Comparator } from './target-value.js';
import { KNOWN_UNITS, NOT_A_UNIT } from './units.js';

/** A date token: a deadline day, or a whole period (a year, a half, a quarter). */
export interface DateSpan {
  /** First day of the period; equal to `end` for a single day. */
  readonly start: string;
  /** Last day: the deadline. */
  readonly end: string;
  /** False when the text gave no year and the context year was used. */
  readonly yearWritten: boolean;
  /** True for a whole period written as such (`2020年全年`), not a deadline. */
  readonly period: boolean;
}

export type Token =
  | { readonly t: 'num'; readonly value: number; readonly text: string }
  | { readonly t: 'unit'; readonly unit: string; readonly text: string }
  | {
      readonly t: 'op';
      readonly op: Comparator;
      readonly side: 'prefix' | 'suffix';
      readonly text: string;
      readonly typo?: boolean;
    }
  | { readonly t: 'change'; readonly change: 'increase' | 'decrease'; readonly text: string }
  | { readonly t: 'range'; readonly text: string }
  | { readonly t: 'slash'; readonly text: string }
  | {
      readonly t: 'date';
      /** Null when the date needs a year nobody gave, or is no real date (`invalid`). */
      readonly span: DateSpan | null;
      readonly text: string;
      /** Written as a date but not one: 2月30日, 12月32日, 2019年13月. */
      readonly invalid?: boolean;
    }
  | { readonly t: 'sep'; readonly text: string }
  | { readonly t: 'text'; readonly text: string };

export interface LexContext {
  readonly year?: number | null;
}

const PREFIX_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['不多于', '<='],
  ['不超过', '<='],
  ['不超出', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['控制在', '<='],
  ['保持在', '='],
  ['维持在', '='],
  ['至少', '>='],
  ['最少', '>='],
  ['最多', '<='],
  ['至多', '<='],
  ['达到', '>='],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['大约', '≈'],
  ['大概', '≈'],
  ['约为', '≈'],
  ['为', '='],
  ['达', '>='],
  ['约', '≈'],
  ['近', '≈'],
];

const SUFFIX_WORDS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='],
  ['以上', '>='],
  ['之上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
  ['左右', '≈'],
  ['上下', '≈'],
  ['余', '>='],
  ['多', '>='],
];

const SYMBOLS: ReadonlyArray<readonly [string, Comparator, boolean]> = [
  ['>=', '>=', false],
  ['<=', '<=', false],
  ['≥', '>=', false],
  ['≤', '<=', false],
  ['>', '>', false],
  ['<', '<', false],
  ['=', '=', false],
  ['≈', '≈', false],
  ['》', '>=', true],
];

const CHANGE_WORDS: ReadonlyArray<readonly [string, 'increase' | 'decrease']> = [
  ['提升', 'increase'],
  ['提高', 'increase'],
  ['增长', 'increase'],
  ['增加', 'increase'],
  ['上升', 'increase'],
  ['下降', 'decrease'],
  ['降低', 'decrease'],
  ['减少', 'decrease'],
  ['压缩', 'decrease'],
];

/** Separators between the parts of a compound value. */
// 、 is not one: it lists things inside one measure (论文、专著各1篇).
const SEPARATOR = /^[，,；;。\n]/;

/** Words after a date that only say "by then": `2021年12月完成`, `12月31日前`. */
export const DATE_TAIL =
  /^(?:(?:之前|以前|前|为止|止|以内|之内|内|底|末)?(?:全部)?(?:完成|完工|竣工|结束|办结|到位|上线|交付|验收)?)/;

/** Year-relative words: the project year's end, or a part of it. */
const YEAR_WORDS: ReadonlyArray<readonly [RegExp, (y: number) => readonly [string, string]]> = [
  [
    /^(?:本年度内|本年内|年度内|当年内|本年度|年内|年底前|年底|年末|年终|本年)/,
    (y) => [`${y}-01-01`, `${y}-12-31`],
  ],
  [/^上半年/, (y) => [`${y}-01-01`, `${y}-06-30`]],
  [/^下半年/, (y) => [`${y}-07-01`, `${y}-12-31`]],
  [/^第?[一1]季度/, (y) => [`${y}-01-01`, `${y}-03-31`]],
  [/^第?[二2]季度/, (y) => [`${y}-04-01`, `${y}-06-30`]],
  [/^第?[三3]季度/, (y) => [`${y}-07-01`, `${y}-09-30`]],
  [/^第?[四4]季度/, (y) => [`${y}-10-01`, `${y}-12-31`]],
];

const startsWithNumber = (s: string): boolean => {
  const t = s.trimStart().replace(/^[-+]/, '');
  return /^\d/.test(t) || readChineseNumeralWithUnit(t) !== null;
};

function readChineseNumeralWithUnit(s: string): { value: number; length: number } | null {
  const n = readChineseNumeral(s);
  if (n === null) return null;
  const rest = s.slice(n.length);
  const unit = KNOWN_UNITS.find((u) => rest.startsWith(u));
  // 一次性 means "one-off", not one time; 十月 is a month name, as 10月 is a date.
  return unit !== undefined && unit !== '月' && rest[unit.length] !== '性' ? n : null;
}

/** Units by their first character, longest first: the lexer asks at almost every position. */
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of KNOWN_UNITS) {
  const first = u[0]!;
  UNITS_BY_FIRST.set(first, [...(UNITS_BY_FIRST.get(first) ?? []), u]);
}

/** First characters of the comparator and change words, to skip their lists quickly. */
const OPERATOR_START = new Set(
  [...PREFIX_WORDS, ...SUFFIX_WORDS, ...SYMBOLS, ...CHANGE_WORDS].map(([word]) => word[0]!),
);

function readUnit(s: string): string | null {
  for (const u of UNITS_BY_FIRST.get(s[0] ?? '') ?? []) if (s.startsWith(u)) return u;
  const latin = /^(?:[A-Za-z]{1,6}(?:\/[A-Za-z]{1,3})?|‰)/.exec(s);
  if (latin) return latin[0];
  return null;
}

/** A date at the start of `s`, with the number of characters it takes. */
function readDate(
  s: string,
  ctx: LexContext,
): { span: DateSpan | null; length: number; invalid?: boolean } | null {
  const invalid = (length: number) => ({ span: null, length, invalid: true });
  const year = ctx.year ?? null;
  const done = (
    length: number,
    start: string,
    end: string,
    yearWritten: boolean,
    period = false,
  ): { span: DateSpan; length: number } => {
    const tail = DATE_TAIL.exec(s.slice(length))?.[0] ?? '';
    return { span: { start, end, yearWritten, period }, length: length + tail.length };
  };

  const full =
    /^(?<y>\d{4}) ?年 ?(?<m>\d{1,2}) ?月 ?(?<d>\d{1,2}) ?[日号]/.exec(s) ??
    // The same separator twice: 2023.07-2024.01 is a range of months, not 2023-07-20.
    /^(?<y>\d{4}) ?(?<sep>[-./]) ?(?<m>\d{1,2}) ?\k<sep> ?(?<d>\d{1,2})(?![\d.])/.exec(s);
  if (full?.groups) {
    const [y, mo, d] = [Number(full.groups.y), Number(full.groups.m), Number(full.groups.d)];
    if (isValidDate(y, mo, d))
      return done(full[0].length, isoDate(y, mo, d), isoDate(y, mo, d), true);
    return invalid(full[0].length);
  }
  const month =
    /^(?<y>\d{4}) ?年 ?(?<m>\d{1,2}) ?月(?:份)?/.exec(s) ??
    /^(?<y>\d{4}) ?[-./] ?(?<m>\d{1,2})(?![\d.万亿元%])/.exec(s);
  if (month?.groups) {
    const [y, mo] = [Number(month.groups.y), Number(month.groups.m)];
    if (isValidDate(y, mo, 1))
      return done(month[0].length, isoDate(y, mo, 1), monthEnd(y, mo), true);
    // 2019年13月 is a mistake; 2019.13 may be a number.
    if (month[0].includes('年')) return invalid(month[0].length);
  }
  let m: RegExpExecArray | null;
  m = /^(\d{4}) ?年(?:度)?(全年)?/.exec(s);
  if (m && Number(m[1]) >= 1990 && Number(m[1]) <= 2099) {
    const y = Number(m[1]);
    const rest = s.slice(m[0].length);
    if (!m[2]) {
      for (const [re, span] of YEAR_WORDS) {
        const w = re.exec(rest);
        if (w) {
          const [start, end] = span(y);
          return done(m[0].length + w[0].length, start, end, true);
        }
      }
    }
    return done(m[0].length, `${y}-01-01`, `${y}-12-31`, true, Boolean(m[2]));
  }
  m = /^(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]/.exec(s);
  if (m) {
    const [mo, d] = [Number(m[1]), Number(m[2])];
    if (!isValidDate(year ?? 2000, mo, d)) return invalid(m[0].length);
    if (year === null) return { span: null, length: m[0].length };
    return done(m[0].length, isoDate(year, mo, d), isoDate(year, mo, d), false);
  }
  m = /^(\d{1,2}) ?月(?:份)?/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    const mo = Number(m[1]);
    if (year === null) return { span: null, length: m[0].length };
    return done(m[0].length, isoDate(year, mo, 1), monthEnd(year, mo), false);
  }
  for (const [re, span] of YEAR_WORDS) {
    const w = re.exec(s);
    if (w) {
      if (year === null) return { span: null, length: w[0].length };
      const [start, end] = span(year);
      return done(w[0].length, start, end, false);
    }
  }
  return null;
}

/** Splits normalised value text into tokens. Never throws. */
export function lex(input: string, ctx: LexContext = {}): Token[] {
  const tokens: Token[] = [];
  let text = '';
  const flushText = (): void => {
    if (text !== '') tokens.push({ t: 'text', text });
    text = '';
  };
  const push = (token: Token): void => {
    flushText();
    tokens.push(token);
  };
  const last = (): Token | undefined => (text === '' ? tokens[tokens.length - 1] : undefined);
  /** Right after a number, unit, date or a suffix on one of them: 以上, 左右 and ranges may follow. */
  const afterMeasure = (): boolean => {
    const prev = last();
    if (prev === undefined) return false;
    return (
      prev.t === 'num' ||
      prev.t === 'unit' ||
      prev.t === 'date' ||
      (prev.t === 'op' && prev.side === 'suffix')
    );
  };
  /** A unit follows its number, or the suffix after it (31以上个) while the number has none. */
  const unitAllowed = (): boolean => {
    if (text !== '') return false;
    let k = tokens.length - 1;
    while (k >= 0 && tokens[k]!.t === 'op' && (tokens[k] as { side: string }).side === 'suffix')
      k -= 1;
    return tokens[k]?.t === 'num';
  };

  let i = 0;
  scan: while (i < input.length) {
    const rest = input.slice(i);
    const ch = input[i] ?? '';

    if (SEPARATOR.test(rest)) {
      // An ASCII comma between digit groups is a thousands separator, handled by the number.
      push({ t: 'sep', text: ch });
      i += 1;
      continue;
    }
    if (ch === ' ') {
      if (text !== '') text += ch;
      i += 1;
      continue;
    }

    // Dates come before numbers: 2019年12月 is not the number 2019.
    if (/^[\d本年当上下第一二三四]/.test(rest)) {
      const date = readDate(rest, ctx);
      if (date) {
        const text = rest.slice(0, date.length);
        push({ t: 'date', span: date.span, text, ...(date.invalid ? { invalid: true } : {}) });
        i += date.length;
        continue;
      }
    }

    // After a measure a '-' is a range (1-2个); elsewhere it is a sign (-5%).
    const num = (afterMeasure() ? /^\d+(?:,\d{3})*(?:\.\d+)?/ : /^-?\d+(?:,\d{3})*(?:\.\d+)?/).exec(
      rest,
    );
    if (num) {
      push({ t: 'num', value: Number(num[0].replaceAll(',', '')), text: num[0] });
      i += num[0].length;
      continue;
    }
    // 两场, and -十% like -10%.
    const signed = ch === '-' && !afterMeasure();
    const cn = readChineseNumeralWithUnit(signed ? rest.slice(1) : rest);
    if (cn) {
      const length = cn.length + (signed ? 1 : 0);
      push({ t: 'num', value: signed ? -cn.value : cn.value, text: rest.slice(0, length) });
      i += length;
      continue;
    }

    if (unitAllowed()) {
      const unit = readUnit(rest);
      if (unit !== null) {
        push({ t: 'unit', unit, text: unit });
        i += unit.length;
        continue;
      }
      // An unlisted single character after a number is read as its unit (5枚, 3座).
      if (/^\p{Script=Han}/u.test(rest) && !NOT_A_UNIT.has(ch) && !/^[年月日]/.test(rest)) {
        push({ t: 'unit', unit: ch, text: ch });
        i += 1;
        continue;
      }
    }
    const operatorHere = OPERATOR_START.has(ch);
    if (afterMeasure()) {
      // 10余场, 100多人: "more than", written between the number and its unit.
      if (last()?.t === 'num' && /^[余多]/.test(rest) && readUnit(rest.slice(1)) !== null) {
        push({ t: 'op', op: '>=', side: 'suffix', text: ch });
        const unit = readUnit(rest.slice(1)) ?? '';
        push({ t: 'unit', unit, text: unit });
        i += 1 + unit.length;
        continue;
      }
      for (const [word, op] of operatorHere ? SUFFIX_WORDS : []) {
        if (rest.startsWith(word)) {
          push({ t: 'op', op, side: 'suffix', text: word });
          i += word.length;
          continue scan;
        }
      }
      if (ch === '/' && readUnit(rest.slice(1)) !== null) {
        push({ t: 'slash', text: ch });
        i += 1;
        continue;
      }
    }
    if (last()?.t === 'slash') {
      const unit = readUnit(rest);
      if (unit !== null) {
        push({ t: 'unit', unit, text: unit });
        i += unit.length;
        continue;
      }
    }

    if (
      (ch === '-' || ch === '~' || ch === '至' || ch === '到') &&
      afterMeasure() &&
      startsWithNumber(rest.slice(1))
    ) {
      push({ t: 'range', text: ch });
      i += 1;
      continue;
    }

    for (const [sym, op, typo] of operatorHere ? SYMBOLS : []) {
      if (rest.startsWith(sym)) {
        const next = rest.slice(sym.length);
        if (startsWithNumber(next) || readDate(next.trimStart(), ctx) !== null) {
          push({ t: 'op', op, side: 'prefix', text: sym, ...(typo ? { typo } : {}) });
          i += sym.length;
          continue scan;
        }
      }
    }
    for (const [word, op] of operatorHere ? PREFIX_WORDS : []) {
      if (rest.startsWith(word) && startsWithNumber(rest.slice(word.length))) {
        push({ t: 'op', op, side: 'prefix', text: word });
        i += word.length;
        continue scan;
      }
    }
    for (const [word, change] of operatorHere ? CHANGE_WORDS : []) {
      if (rest.startsWith(word) && startsWithNumber(rest.slice(word.length))) {
        push({ t: 'change', change, text: word });
        i += word.length;
        continue scan;
      }
    }
    text += ch;
    i += ch.length;
  }
  flushText();
  return tokens;
}
