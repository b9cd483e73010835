/**
 * Missing things on a row (完整性, DOMAIN.md): no target value, a template placeholder left in
 * (XX, **), a value with numbers that cannot be read, no source while the table has a source column.
 */

import type { TargetValue } from '../../value/target-value.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Template placeholders, as the value parser recognises them in values. */
const PLACEHOLDER = /[xX×]{2,}|\*{2,}|某某/;

export const missingTarget: RuleDefinition = {
  id: 'missing-target',
  category: 'missing',
  criterion: 'completeness',
  severity: 'error',
  title: { zh: '没有指标值', en: 'No target value' },
  explanation: {
    zh: '每项指标都要有目标值；“无”“不适用”“/”表示没有目标，不是 0，这样的指标应删除或补填。',
    en: 'Every indicator needs a target; "无", "不适用" or "/" mean there is none (not 0): fill it in or drop the indicator.',
  },
  examples: {
    hit: { rows: [['数量', '举办科普讲座场次', '']] },
    nearMiss: { rows: [['数量', '举办科普讲座场次', '12场']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      if (v.kind !== 'none') continue;
      report({
        indicators: [f.index],
        message:
          v.reason === 'empty'
            ? {
                zh: `“${quote(f.name)}”没有填写指标值`,
                en: `"${quote(f.name)}" has no target value`,
              }
            : {
                zh: `“${quote(f.name)}”的指标值“${quote(f.raw)}”表示不适用，等于没有目标`,
                en: `"${quote(f.name)}" is marked "${quote(f.raw)}" (not applicable): it has no target`,
              },
        suggestion: {
          zh: '填写可衡量的目标值，或删除不适用的指标',
          en: 'Give a measurable target, or remove the indicator if it does not apply',
        },
      });
    }
  },
};

const isPlaceholderValue = (v: TargetValue): boolean =>
  (v.kind === 'text' && v.placeholder === true) ||
  (v.kind === 'compound' && v.parts.some(isPlaceholderValue));

export const placeholder: RuleDefinition = {
  id: 'placeholder',
  category: 'missing',
  criterion: 'completeness',
  severity: 'error',
  title: { zh: '模板占位符未替换', en: 'A template placeholder left in' },
  explanation: {
    zh: '“XX”“**”“某某”是模板里的占位符，说明这一项还没有填写。',
    en: '"XX", "**" or "某某" are template placeholders: the row was never filled in.',
  },
  examples: {
    hit: { rows: [['数量', '培训人数', 'XX人']] },
    nearMiss: { rows: [['数量', '培训人数', '200人']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const where = isPlaceholderValue(f.indicator.target)
        ? { zh: '指标值', en: 'target', text: f.raw }
        : PLACEHOLDER.test(f.name)
          ? { zh: '指标名称', en: 'name', text: f.name }
          : f.indicator.source && PLACEHOLDER.test(f.indicator.source)
            ? { zh: '目标值来源', en: 'source', text: f.indicator.source }
            : null;
      if (!where) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `${where.zh}“${quote(where.text)}”含有未替换的占位符`,
          en: `The ${where.en} "${quote(where.text)}" still holds a template placeholder`,
        },
        suggestion: { zh: '填写实际内容', en: 'Fill in the real content' },
      });
    }
  },
};

export const unreadableValue: RuleDefinition = {
  id: 'unreadable-value',
  category: 'format',
  criterion: 'feasibility',
  severity: 'warning',
  title: { zh: '指标值读不出目标', en: 'A value that reads as no target' },
  explanation: {
    zh: '指标值里有数字或日期，却读不出确定的目标：日期没写年份而项目年度也不知道，或数字组不成“比较符+数值+单位”（错字、乱码、把说明写进了指标值）。',
    en: 'The value has digits or a date but no definite target: a date without a year in a table whose year is unknown, or digits that form no comparator-number-unit (a typo, OCR noise, a remark in the value).',
  },
  examples: {
    hit: { rows: [['时效', '资金拨付时间', '12月底前']], project: { year: null } },
    nearMiss: { rows: [['时效', '资金拨付时间', '2019年12月底前']], project: { year: null } },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      if (v.kind !== 'text' || v.placeholder) continue;
      const codes = new Set(v.notes?.map((n) => n.code));
      if (!codes.has('unreadable') && !codes.has('year-unknown')) continue;
      report({
        indicators: [f.index],
        message: codes.has('year-unknown')
          ? {
              zh: `“${quote(f.name)}”的指标值“${quote(f.raw)}”没有写年份，项目年度也未填写，时限无法确定`,
              en: `The target "${quote(f.raw)}" of "${quote(f.name)}" has no year and neither has the project: the deadline cannot be fixed`,
            }
          : {
              zh: `“${quote(f.name)}”的指标值“${quote(f.raw)}”读不出可衡量的目标`,
              en: `The target "${quote(f.raw)}" of "${quote(f.name)}" holds no measurable value`,
            },
        suggestion: codes.has('year-unknown')
          ? {
              zh: '写明完整日期，如“2019年12月31日前”',
              en: 'Write the full date, e.g. "2019年12月31日前"',
            }
          : {
              zh: '按“比较符+数值+单位”填写（如“≥95%”“不少于10场”），或写明日期',
              en: 'Write comparator, number and unit ("≥95%", "不少于10场"), or a date',
            },
      });
    }
  },
};

export const missingSource: RuleDefinition = {
  id: 'missing-source',
  category: 'source',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '没有目标值来源', en: 'No source for the target' },
  explanation: {
    zh: '表中设有“目标值来源/绩效标准”一栏，这一项却空着：目标值的依据（计划标准、行业标准、历史标准）无从核对。表中完全没有来源栏时不报。',
    en: 'The table has a source column (计划标准, 行业标准, 历史标准) but this row leaves it empty, so the basis of the target cannot be checked. Tables without a source column are not flagged.',
  },
  examples: {
    hit: {
      rows: [
        ['数量', '举办科普讲座场次', '12场', '年度工作计划'],
        ['质量', '讲座听众满意度', '≥90%', ' '],
      ],
    },
    nearMiss: {
      rows: [
        ['数量', '举办科普讲座场次', '12场', '年度工作计划'],
        ['质量', '讲座听众满意度', '≥90%', '历史标准'],
      ],
    },
  },
  check(ctx, report) {
    const has = (s: string | null): boolean => s !== null && s.trim() !== '';
    if (!ctx.facts.some((f) => has(f.indicator.source))) return;
    for (const f of ctx.facts) {
      if (has(f.indicator.source)) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”没有填写目标值来源`,
          en: `"${quote(f.name)}" gives no source for its target`,
        },
        suggestion: {
          zh: '写明依据：计划标准（文件名称及文号）、行业标准或历史标准',
          en: 'Give the basis: a plan (document and number), an industry standard, or history',
        },
      });
    }
  },
};

/** The missing-value rule family. */
export const MISSING_VALUE_RULES: readonly RuleDefinition[] = [
  missingTarget,
  placeholder,
  unreadableValue,
  missingSource,
];
