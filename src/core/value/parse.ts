/**
 * Parser of the target-value language: normalised text → tokens → a `TargetValue`.
 * It never throws; what it cannot read stays text, with a note that says so.
 */

import { monthEnd } from './dates.js';
import { DATE_TAIL, type DateSpan, lex, type Token } from './lexer.js';
import { normalizeValueText } from './normalize.js';
import { qualitativeLevel } from './qualitative.js';
import type {
  Comparator,
  DateValue,
  NumberValue,
  TargetValue,
  ValueContext,
  ValueNote,
} from './target-value.js';

/** Cells that say "no value". DESIGN: they are missing, never 0. */
const NOT_APPLICABLE = /^(?:n\/?a|null|无|-+|\/|—|不适用|暂无|不涉及|空)$/i;
/** Template placeholders left in: XX, ××, **, 某某. */
const PLACEHOLDER = /[xX×]{2,}|\*{2,}|某某/;

/** One measure found in a run of tokens, with the text around it. */
interface Measure {
  readonly prefix: Extract<Token, { t: 'op' }>[];
  readonly suffix: Extract<Token, { t: 'op' }>[];
  readonly change?: 'increase' | 'decrease';
  readonly first: Extract<Token, { t: 'num' | 'date' }>;
  readonly second?: Extract<Token, { t: 'num' | 'date' }>;
  readonly unit?: string;
  readonly per?: string;
  subject: string;
  trailing: string;
}

/**
 * Parses what was written in a target-value cell.
 * @example parseTargetValue('≥90%') // { kind: 'number', op: '>=', value: 90, unit: '%', raw: '≥90%' }
 */
export function parseTargetValue(raw: unknown, ctx: ValueContext = {}): TargetValue {
  const original =
    typeof raw === 'string' ? raw : raw === null || raw === undefined ? '' : String(raw);
  const text = normalizeValueText(original);
  if (text === '') return { kind: 'none', raw: original, reason: 'empty' };
  if (NOT_APPLICABLE.test(text)) {
    return {
      kind: 'none',
      raw: original,
      reason: 'not-applicable',
      notes: [{ code: 'not-applicable' }],
    };
  }
  if (PLACEHOLDER.test(text)) {
    return {
      kind: 'text',
      raw: original,
      placeholder: true,
      notes: [{ code: 'placeholder', text }],
    };
  }
  if (text === '是' || text === '否')
    return { kind: 'boolean', raw: original, value: text === '是' };

  const segments = splitSegments(lex(text, ctx));
  const parts = segments.flatMap((segment) => parseSegment(segment));
  if (!parts.some((p) => p.kind !== 'text')) return textValue(original, text, parts);
  if (parts.length === 1) return { ...parts[0]!, raw: original };
  return { kind: 'compound', raw: original, parts };
}

/** A value with nothing measurable in it: one text, whatever its separators. */
function textValue(raw: string, text: string, parts: readonly TargetValue[]): TargetValue {
  const level = qualitativeLevel(text);
  const partNotes = parts.flatMap((p) => p.notes ?? []);
  const notes: ValueNote[] =
    partNotes.length > 0 ? partNotes : /\d/.test(text) ? [{ code: 'unreadable' }] : [];
  return { kind: 'text', raw, ...(level ? { level } : {}), ...(notes.length ? { notes } : {}) };
}

function splitSegments(tokens: readonly Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const token of tokens) {
    if (token.t === 'sep') segments.push([]);
    else segments[segments.length - 1]!.push(token);
  }
  return segments.filter((s) => s.length > 0);
}

const tokenText = (tokens: readonly Token[]): string => tokens.map((t) => t.text).join('');

/** Parses one segment (no separators inside) into one value, or several when it holds several measures. */
function parseSegment(tokens: readonly Token[]): TargetValue[] {
  const raw = tokenText(tokens).trim();
  const measures = findMeasures(tokens);
  if (measures.length === 0) {
    const notes: ValueNote[] = [];
    for (const t of tokens) {
      if (t.t !== 'date' || t.span !== null) continue;
      notes.push(t.invalid ? { code: 'unreadable', text: t.text } : { code: 'year-unknown' });
    }
    const level = qualitativeLevel(raw);
    return [{ kind: 'text', raw, ...(level ? { level } : {}), ...(notes.length ? { notes } : {}) }];
  }
  return measures.map((m) => measureValue(m, measures.length === 1 ? raw : measureText(m)));
}

function measureText(m: Measure): string {
  const op = m.prefix.map((t) => t.text).join('');
  const second = m.second ? `-${m.second.text}` : '';
  return `${m.subject}${op}${m.first.text}${second}${m.unit ?? ''}${m.suffix.map((t) => t.text).join('')}${m.trailing}`;
}

/** Groups tokens into measures: [ops] (number|date) [range (number|date)] [unit [/ unit]] [ops]. */
function findMeasures(tokens: readonly Token[]): Measure[] {
  const measures: Measure[] = [];
  let pendingText = '';
  let prefix: Extract<Token, { t: 'op' }>[] = [];
  let change: 'increase' | 'decrease' | undefined;
  let i = 0;
  const at = (k: number): Token | undefined => tokens[k];

  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.t === 'op' && token.side === 'prefix') {
      prefix.push(token);
      i += 1;
      continue;
    }
    if (token.t === 'change') {
      change = token.change;
      i += 1;
      continue;
    }
    if (token.t !== 'num' && token.t !== 'date') {
      // Stray words between measures belong to the subject of the next one.
      pendingText += prefix.map((p) => p.text).join('') + token.text;
      prefix = [];
      i += 1;
      continue;
    }
    if (token.t === 'date' && token.span === null) {
      pendingText += token.text;
      i += 1;
      continue;
    }
    const first = token;
    i += 1;
    let unit: string | undefined;
    let per: string | undefined;
    let second: Extract<Token, { t: 'num' | 'date' }> | undefined;
    const suffix: Extract<Token, { t: 'op' }>[] = [];
    const takeUnit = (): void => {
      const u = at(i);
      if (u?.t === 'unit') {
        unit = u.unit;
        i += 1;
        const slash = at(i);
        const perUnit = at(i + 1);
        if (slash?.t === 'slash' && perUnit?.t === 'unit') {
          per = perUnit.unit;
          i += 2;
        }
      }
    };
    const takeSuffix = (): void => {
      for (let s = at(i); s?.t === 'op' && s.side === 'suffix'; s = at(i)) {
        suffix.push(s);
        i += 1;
      }
    };
    takeSuffix(); // 10余场: the suffix sits between the number and its unit
    takeUnit();
    const range = at(i);
    const next = at(i + 1);
    if (range?.t === 'range' && (next?.t === 'num' || next?.t === 'date') && next.t === first.t) {
      second = next;
      i += 2;
      takeUnit();
    }
    takeSuffix();
    if (unit === undefined) takeUnit(); // 31以上个: a unit may follow the suffix
    if (
      first.t === 'num' &&
      unit === undefined &&
      at(i)?.t === 'slash' &&
      at(i + 1)?.t === 'unit'
    ) {
      i += 1; // 1/月
      takeUnit();
    }
    let trailing = '';
    // Words right after the measure and before the next one read as its object: 20个项目.
    while (i < tokens.length && at(i)?.t === 'text' && !startsMeasure(tokens, i + 1)) {
      trailing += at(i)!.text;
      i += 1;
    }
    measures.push({
      prefix,
      suffix,
      ...(change ? { change } : {}),
      first,
      ...(second ? { second } : {}),
      ...(unit !== undefined ? { unit } : {}),
      ...(per !== undefined ? { per } : {}),
      subject: pendingText,
      trailing,
    });
    pendingText = '';
    prefix = [];
    change = undefined;
  }
  const last = measures[measures.length - 1];
  if (last && pendingText !== '') last.trailing += pendingText;
  return measures;
}

/** True when a measure (or its prefix) begins at token k. */
function startsMeasure(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    t !== undefined &&
    (t.t === 'num' || (t.t === 'date' && t.span !== null) || t.t === 'op' || t.t === 'change')
  );
}

/** Words around a measure, as written (trimmed), or nothing. */
const words = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

function resolveOp(m: Measure): { op: Comparator; implicit: boolean } {
  const before = m.prefix.map((p) => p.op);
  const after = m.suffix.map((p) => p.op);
  if (m.change) return { op: '>=', implicit: false };
  if (before.length === 0 && after.length === 0) return { op: '=', implicit: true };
  const strong = before.find((op) => op !== '=');
  // 保持在5%以内: the weak 为/保持在 gives way to what follows the number.
  return { op: strong ?? after[0] ?? '=', implicit: false };
}

function measureValue(m: Measure, raw: string): TargetValue {
  const described = {
    ...(words(m.subject) ? { subject: words(m.subject) } : {}),
    ...(words(m.trailing) ? { trailing: words(m.trailing) } : {}),
  };
  const typo = [...m.prefix, ...m.suffix].some((t) => t.typo);
  const notes: ValueNote[] = typo ? [{ code: 'comparator-typo', text: '》' }] : [];
  if (m.first.t === 'date') {
    // Words such as 完成/前 right after a date say "by then": the lexer folds them into the date.
    const trailing = described.trailing?.replace(DATE_TAIL, '').trim();
    const { trailing: _, ...rest } = described;
    return dateValue(m, raw, { ...rest, ...(trailing ? { trailing } : {}) }, notes);
  }

  const { op, implicit } = resolveOp(m);
  const unit = m.unit ?? null;
  const base = {
    raw,
    unit,
    ...(m.per ? { per: m.per } : {}),
    ...described,
    ...(notes.length ? { notes } : {}),
  };
  if (m.second?.t === 'num') {
    const [min, max] = [m.first.value, m.second.value].sort((a, b) => a - b) as [number, number];
    const range: NumberValue = { kind: 'number', op: 'between', min, max, ...base };
    return range;
  }
  return {
    kind: 'number',
    op,
    value: m.first.value,
    ...base,
    ...(implicit ? { implicit: true } : {}),
    ...(m.change ? { change: m.change } : {}),
  };
}

function dateValue(
  m: Measure,
  raw: string,
  described: { subject?: string; trailing?: string },
  notes: ValueNote[],
): DateValue {
  const first = (m.first as Extract<Token, { t: 'date' }>).span as DateSpan;
  const second = m.second?.t === 'date' ? m.second.span : null;
  const assumed = !first.yearWritten;
  const all = assumed ? [...notes, { code: 'year-assumed' as const }] : notes;
  const base = { raw, ...described, ...(all.length ? { notes: all } : {}) };
  if (second) {
    // 2019年1月-12月: the second date takes the first one's year.
    const end = second.yearWritten
      ? second.end
      : shiftYear(second.end, Number(first.start.slice(0, 4)));
    return { kind: 'date', op: 'between', min: first.start, max: end, ...base };
  }
  if (first.period)
    return { kind: 'date', op: 'between', min: first.start, max: first.end, ...base };
  return { kind: 'date', op: '<=', value: first.end, ...base };
}

function shiftYear(iso: string, year: number): string {
  const month = Number(iso.slice(5, 7));
  const isMonthEnd = iso === monthEnd(Number(iso.slice(0, 4)), month);
  return isMonthEnd ? monthEnd(year, month) : `${String(year).padStart(4, '0')}${iso.slice(4)}`;
}
