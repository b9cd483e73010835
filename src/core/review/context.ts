/**
 * What the rules read: the table, its framework, and facts about each indicator worked out
 * once (normalised name, what the name says it measures, the measures in the value), so that
 * thirty rules do not each re-derive them — the web editor re-reviews on every keystroke.
 */

import { FRAMEWORKS, type Framework } from '../framework/frameworks.js';
import type { Indicator, TargetTable } from '../table/target-table.js';
import { parseTargetValue } from '../value/parse.js';
import type { NumberValue, TargetValue } from '../value/target-value.js';
import { type UnitClass, unitClass } from '../value/units.js';
import {
  isCountName,
  isMoneyName,
  isQuestionName,
  isRateName,
  isSatisfactionName,
  nameKey,
  nearKey,
} from './names.js';
import type { ReviewOptions } from './review-options.js';

/** Facts about one indicator. */
export interface IndicatorFacts {
  readonly index: number;
  readonly indicator: Indicator;
  /** The name as written, trimmed. */
  readonly name: string;
  /** `nameKey(name)`: the name for comparisons. */
  readonly key: string;
  /** `nearKey(key)`: the name without particles and filler words. */
  readonly near: string;
  /** What the name says it measures. */
  readonly rate: boolean;
  readonly count: boolean;
  readonly money: boolean;
  readonly question: boolean;
  readonly satisfaction: boolean;
  /** The numbers in the target value: the value itself, or the numeric parts of a compound. */
  readonly numbers: readonly NumberValue[];
  /** The unit classes of those numbers (null for a number without a unit). */
  readonly unitClasses: readonly (UnitClass | null)[];
  /** The target value as written, trimmed. */
  readonly raw: string;
  /** The project year, for reading dates in names. */
  readonly year: number | null;
}

/** What last year's table achieved, by indicator name. */
export interface PreviousActuals {
  readonly year: number | null;
  /** `nameKey(name)` → the numeric actual of that indicator (the first, when names repeat). */
  readonly byKey: ReadonlyMap<string, { readonly name: string; readonly actual: NumberValue }>;
}

/** Everything a rule may read. */
export interface ReviewContext {
  readonly table: TargetTable;
  readonly framework: Framework;
  readonly facts: readonly IndicatorFacts[];
  /** Last year's actuals, when the caller knows them. */
  readonly previous: PreviousActuals | null;
}

function previousActuals(previous: TargetTable | null | undefined): PreviousActuals | null {
  if (!previous) return null;
  const byKey = new Map<string, { name: string; actual: NumberValue }>();
  for (const i of previous.indicators) {
    const actual = i.actual;
    if (actual?.kind !== 'number' || actual.op === 'between') continue;
    const key = nameKey(i.name.trim());
    if (byKey.has(key)) continue;
    // An actual is often entered as a bare number ("26" against "≥20场"): it is in the
    // target's unit.
    const unit = actual.unit ?? (i.target.kind === 'number' ? i.target.unit : null);
    byKey.set(key, { name: i.name.trim(), actual: { ...actual, unit } });
  }
  return { year: previous.project.year, byKey };
}

function numbersOf(value: TargetValue): NumberValue[] {
  if (value.kind === 'number') return [value];
  if (value.kind === 'compound') return value.parts.flatMap(numbersOf);
  return [];
}

/** Works out the facts of every indicator of a table. */
export function reviewContext(table: TargetTable, options: ReviewOptions = {}): ReviewContext {
  const facts = table.indicators.map((indicator, index): IndicatorFacts => {
    const name = indicator.name.trim();
    const key = nameKey(name);
    const numbers = numbersOf(indicator.target);
    return {
      index,
      indicator,
      name,
      key,
      near: nearKey(key),
      rate: isRateName(key),
      count: isCountName(key),
      money: isMoneyName(key),
      question: isQuestionName(key),
      satisfaction: isSatisfactionName(key),
      numbers,
      unitClasses: numbers.map((n) => unitClass(n.unit)),
      raw: indicator.target.raw.trim(),
      year: table.project.year,
    };
  });
  return {
    table,
    framework: FRAMEWORKS[table.framework] ?? FRAMEWORKS['cn-2019'],
    facts,
    previous: previousActuals(options.previous),
  };
}

const nameMeasures = new WeakMap<IndicatorFacts, readonly NumberValue[]>();

/** Written right in a name, a target looks like 5个以上, 不少于10场, ≥90%. */
const MAY_CARRY_TARGET = /\d/;

/**
 * The numbers a name carries itself (获得国家级省赛奖项5个以上 → ≥5个), parsed on first use
 * only: most names carry none, and parsing every name would double the cost of a review.
 */
export function nameNumbers(f: IndicatorFacts): readonly NumberValue[] {
  const cached = nameMeasures.get(f);
  if (cached) return cached;
  const numbers = MAY_CARRY_TARGET.test(f.name)
    ? numbersOf(parseTargetValue(f.name, { year: f.year }))
    : [];
  nameMeasures.set(f, numbers);
  return numbers;
}
