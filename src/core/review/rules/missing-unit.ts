/**
 * Numbers without a unit (完整性): "3" for a 差旅费 could be 3 元 or 3 万元; "1" for a meeting
 * could be one meeting or one day of it. The suggestion names the unit the name implies.
 */

import { formatNumber } from '../../value/format.js';
import type { NumberValue } from '../../value/target-value.js';
import { type IndicatorFacts, nameNumbers } from '../context.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Names whose value has no unit by nature: an index, a rank, a score, a grade. */
const DIMENSIONLESS = /指数|系数|排名|名次|位次|得分|分值|评分|分数|等级|星级|倍数|比值|ph值|序号/;

/** The unit a count word at the end of a name implies: 场次 → 场, 人数 → 人. */
const UNIT_OF_NAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/人次$/, '人次'],
  [/场次$/, '场'],
  [/人数$/, '人'],
  [/(?:次数|会议|座谈会|交流会|工作会|会)$/, '次'],
  [/(?:家数|企业数量)$/, '家'],
  [/户数$/, '户'],
  [/篇数$/, '篇'],
  [/项数$/, '项'],
  [/(?:论坛|展览|讲座|培训|比赛|竞赛|活动)$/, '场'],
  [/(?:个数|数量)$/, '个'],
];

/** The unit a reviewer would suggest: the one the name already uses, or the one its ending implies. */
function impliedUnit(f: IndicatorFacts): string | null {
  if (f.rate) return '%';
  const written = nameNumbers(f).find((n) => n.unit !== null)?.unit;
  if (written) return written;
  for (const [re, unit] of UNIT_OF_NAME) if (re.test(f.key)) return unit;
  return null;
}

const bare = (f: IndicatorFacts): NumberValue | null => {
  const v = f.indicator.target;
  return v.kind === 'number' && v.unit === null && v.per === undefined ? v : null;
};

const written = (n: NumberValue): string =>
  n.op === 'between' ? `${formatNumber(n.min)}-${formatNumber(n.max)}` : formatNumber(n.value);

/** A cost by its category or its name (a rate of cost control is a rate, not money). */
const isCost = (f: IndicatorFacts): boolean =>
  f.money || (f.indicator.level2 === 'cost' && !f.rate);

export const moneyWithoutUnit: RuleDefinition = {
  id: 'money-without-unit',
  category: 'missing',
  criterion: 'completeness',
  severity: 'error',
  title: { zh: '金额没有单位', en: 'An amount without a unit' },
  explanation: {
    zh: '金额类指标（费用、经费、成本）的目标值只写数字时，元与万元相差一万倍，无法审核，也无法与支出比对。',
    en: 'An amount written as a bare number could be 元 or 万元 — ten thousand times apart — so it can be neither reviewed nor compared with spending.',
  },
  examples: {
    hit: { rows: [['数量', '海洋论坛差旅费', '3']] },
    nearMiss: { rows: [['成本', '海洋论坛差旅费', '≤3万元']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const n = bare(f);
      if (!n || !isCost(f)) continue;
      const v = written(n);
      report({
        indicators: [f.index],
        message: {
          zh: `金额指标“${quote(f.name)}”的目标值“${quote(f.raw)}”没有单位，无法判断是元还是万元`,
          en: `The amount "${quote(f.name)}" has a target "${quote(f.raw)}" without a unit: 元 or 万元?`,
        },
        suggestion: {
          zh: `注明金额单位，如“≤${v}万元”或“≤${v}元”`,
          en: `Give the unit, e.g. "≤${v}万元" or "≤${v}元"`,
        },
      });
    }
  },
};

export const numberWithoutUnit: RuleDefinition = {
  id: 'number-without-unit',
  category: 'missing',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '数值没有计量单位', en: 'A number without a unit' },
  explanation: {
    zh: '目标值只有数字、没有计量单位（个、次、场、人、%），审核人和自评人只能猜测口径。指数、排名、得分等本身无单位的指标除外。',
    en: 'A target that is a bare number leaves the measure to guesswork (个, 次, 场, 人, %?). Indexes, ranks and scores, which have no unit, are exempt.',
  },
  examples: {
    hit: { rows: [['数量', '深圳市科协全委会会议', '1']] },
    nearMiss: { rows: [['数量', '深圳市科协全委会会议', '1次']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const n = bare(f);
      if (!n || isCost(f) || DIMENSIONLESS.test(f.key)) continue;
      const unit = impliedUnit(f);
      const v = written(n);
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”的目标值“${quote(f.raw)}”没有计量单位`,
          en: `The target "${quote(f.raw)}" of "${quote(f.name)}" has no unit`,
        },
        suggestion: unit
          ? { zh: `注明单位，如“${v}${unit}”`, en: `Give the unit, e.g. "${v}${unit}"` }
          : {
              zh: '注明计量单位（如个、次、场、人、%）',
              en: 'Give the unit (such as 个, 次, 场, 人 or %)',
            },
      });
    }
  },
};

/** The missing-unit rule family. */
export const MISSING_UNIT_RULES: readonly RuleDefinition[] = [moneyWithoutUnit, numberWithoutUnit];
