/**
 * The target-value language: what people write in the 指标值 (target value) column, parsed.
 *
 * `raw` always keeps the original text. Everything else is derived from it, so a value object
 * that carries only `raw` can always be completed by parsing it again.
 */

/** Comparators of a single-number target. `≈` stands for 左右 / 约. */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | '≈';

/** Which way is better, as scoring and monitoring need to know. */
export type Direction = 'higher' | 'lower' | 'exact' | 'range';

/** Why a value carries a remark: the parser never guesses silently. */
export type ValueNoteCode =
  | 'unreadable' // nothing measurable was found; kept as text
  | 'placeholder' // XX, **, ×× left in a template
  | 'comparator-typo' // 》 written for ≥
  | 'year-assumed' // a date without a year took the project year
  | 'year-unknown' // a date needs the project year and none was given
  | 'not-applicable'; // N/A, 无, -, /, 不适用

export interface ValueNote {
  readonly code: ValueNoteCode;
  /** The piece of text the note is about, when it is narrower than `raw`. */
  readonly text?: string;
}

interface ValueBase {
  readonly raw: string;
  readonly notes?: readonly ValueNote[];
}

/** Words written around the measure. */
interface Described {
  /** Before it: "服务对象满意度" in "服务对象满意度达到95%以上". */
  readonly subject?: string;
  /** After it: "项目" in "20个项目". */
  readonly trailing?: string;
}

/** One number with a comparator: `≥60人`, `不少于10场`, `20个左右`, `95%`. */
export interface PointNumber extends ValueBase, Described {
  readonly kind: 'number';
  readonly op: Comparator;
  readonly value: number;
  /** Normalised unit (`%` for percent; `万元` stays `万元`), or null when none was written. */
  readonly unit: string | null;
  /** True when no comparator was written (`6场`, `100`): read as "at least" for positive indicators. */
  readonly implicit?: boolean;
  /** A frequency: `1次/月` has unit `次` and per `月`. */
  readonly per?: string;
  /** A change relative to a baseline: `提升10%`, `下降5%`. */
  readonly change?: 'increase' | 'decrease';
}

/** A range: `1-2个`, `500-1000平方米`, `1-3万人次`. */
export interface RangeNumber extends ValueBase, Described {
  readonly kind: 'number';
  readonly op: 'between';
  readonly min: number;
  readonly max: number;
  readonly unit: string | null;
  readonly per?: string;
}

export type NumberValue = PointNumber | RangeNumber;

/** A deadline (`2019年12月` means on or before 2019-12-31) or a period (`2023.07-2024.01`). */
export type DateValue =
  | (ValueBase & Described & { readonly kind: 'date'; readonly op: '<='; readonly value: string })
  | (ValueBase &
      Described & {
        readonly kind: 'date';
        readonly op: 'between';
        readonly min: string;
        readonly max: string;
      });

export interface BooleanValue extends ValueBase {
  readonly kind: 'boolean';
  readonly value: boolean;
}

/** Recognised kinds of qualitative target. */
export type QualitativeLevel =
  | 'timely' // 及时, 按时完成
  | 'good' // 优良, 合格, 达标
  | 'improve' // 效果明显, 持续提升, 进一步提高
  | 'positive' // 好评, 认可
  | 'compliant' // 符合相关规定, 规范
  | 'full-coverage' // 应保尽保, 全覆盖, 应付尽付
  | 'done' // 完成, 全部完成
  | 'within-budget' // 不超预算
  | 'whole-year' // 全年
  | 'schedule'; // 按月安排, 按计划

export interface TextValue extends ValueBase {
  readonly kind: 'text';
  readonly level?: QualitativeLevel;
  /** A template placeholder (XX, **) was left in. */
  readonly placeholder?: boolean;
}

/** Several measures in one cell: `1本，20个项目`. */
export interface CompoundValue extends ValueBase {
  readonly kind: 'compound';
  readonly parts: readonly TargetValue[];
}

/** No value: an empty cell, or one that says so (`N/A`, `无`, `-`, `不适用`). Never 0. */
export interface NoneValue extends ValueBase {
  readonly kind: 'none';
  readonly reason: 'empty' | 'not-applicable';
}

export type TargetValue =
  | NumberValue
  | DateValue
  | BooleanValue
  | TextValue
  | CompoundValue
  | NoneValue;

export type TargetValueKind = TargetValue['kind'];

/** What the parser needs to know about the table a value sits in. */
export interface ValueContext {
  /** The project year: `本年内` and `12月31日前` need it. */
  readonly year?: number | null;
}
