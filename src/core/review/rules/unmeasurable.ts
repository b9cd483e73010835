/**
 * Values that cannot be measured (可行性, DOMAIN.md): 效果明显, 好评, 持续提升, 全年; 及时 with no
 * deadline; a value that only repeats the name or its dimension (及时性); a percentage of
 * nothing in particular.
 */

import { labelStem } from '../../framework/labels.js';
import { formatNumber } from '../../value/format.js';
import type { TargetValue } from '../../value/target-value.js';
import { type IndicatorFacts, nameNumbers } from '../context.js';
import { chineseDate, nameKey, namesARatio, quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Words that name a dimension of the framework, not a target. */
const DIMENSION_WORDS = new Set([
  '及时性',
  '时效性',
  '时效',
  '数量',
  '质量',
  '成本',
  '满意度',
  '效益',
  '效果',
  '社会效益',
  '经济效益',
  '生态效益',
  '可持续影响',
  '可持续性',
]);

/** The value only restates the name, its category, or a dimension word: nothing to measure. */
function repeatsName(f: IndicatorFacts): boolean {
  if (f.indicator.target.kind !== 'text') return false;
  const v = nameKey(f.raw);
  if (v === '') return false;
  if (v === f.key || DIMENSION_WORDS.has(v)) return true;
  const category = f.indicator.level2Label;
  if (category && v === nameKey(labelStem(category))) return true;
  // 支付及时性 → 及时性: the tail of the name, an abstract noun, handed back as the target.
  return /[性率度]$/.test(v) && v.length >= 2 && f.key.endsWith(v);
}

/** Qualitative levels that promise a direction but no measure. */
const VAGUE = new Set(['improve', 'positive', 'whole-year']);

/** The vague text parts of a value: the value itself, or parts of a compound. */
function vagueParts(v: TargetValue): string[] {
  if (v.kind === 'text') return v.level && VAGUE.has(v.level) && !v.placeholder ? [v.raw] : [];
  if (v.kind === 'compound') return v.parts.flatMap(vagueParts);
  return [];
}

/** A deadline anywhere in the value. */
const hasDate = (v: TargetValue): boolean =>
  v.kind === 'date' || (v.kind === 'compound' && v.parts.some(hasDate));

/** Rates get their own finding (rate-with-text) when answered with a word. */
const rateLike = (f: IndicatorFacts): boolean => f.rate || /满意度$/.test(f.key);

export const valueRepeatsName: RuleDefinition = {
  id: 'value-repeats-name',
  category: 'unmeasurable',
  criterion: 'feasibility',
  severity: 'error',
  title: { zh: '指标值只是重复名称', en: 'A target that only repeats the name' },
  explanation: {
    zh: '指标值写成名称本身或维度词（如“及时性”“质量”），等于没有填写目标。',
    en: 'A target that repeats the name or a dimension word ("及时性", "质量") is no target at all.',
  },
  examples: {
    hit: { rows: [['时效', '科普活动运行后勤管理支付及时性', '及时性']] },
    nearMiss: { rows: [['时效', '科普活动运行后勤管理支付及时性', '2019年12月31日前']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (rateLike(f) || !repeatsName(f)) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”的目标值“${quote(f.raw)}”只是重复了指标名称或维度，没有目标`,
          en: `The target "${quote(f.raw)}" of "${quote(f.name)}" only repeats the name or dimension`,
        },
        suggestion: {
          zh: '填写可衡量的目标，如完成时限“2019年12月31日前”或比率“≥95%”',
          en: 'Give a measurable target such as a deadline ("2019年12月31日前") or a rate ("≥95%")',
        },
      });
    }
  },
};

export const timelyWithoutDeadline: RuleDefinition = {
  id: 'timely-without-deadline',
  category: 'unmeasurable',
  criterion: 'feasibility',
  severity: 'warning',
  title: { zh: '“及时”没有时限', en: '"Timely" with no deadline' },
  explanation: {
    zh: '时效指标写“及时”“按时”而不给日期，年底无法判断是否达成；应写明完成时限或时间节点。',
    en: 'A timeliness target of "及时" or "按时" without a date cannot be judged at year end; give the deadline or milestone.',
  },
  examples: {
    hit: { rows: [['时效', '完成命题工作及时性', '及时']] },
    nearMiss: { rows: [['时效', '完成命题工作及时性', '2019年6月底前']] },
  },
  check(ctx, report) {
    const end = ctx.table.project.endDate;
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      const timely =
        (v.kind === 'text' && v.level === 'timely') ||
        (v.kind === 'compound' && v.parts.some((p) => p.kind === 'text' && p.level === 'timely'));
      if (!timely || hasDate(v) || rateLike(f) || repeatsName(f)) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”的目标值“${quote(f.raw)}”没有完成时限`,
          en: `The target "${quote(f.raw)}" of "${quote(f.name)}" gives no deadline`,
        },
        suggestion: end
          ? {
              zh: `写明时限，如“${chineseDate(end)}前完成”`,
              en: `Give the deadline, e.g. "${chineseDate(end)}前完成"`,
            }
          : { zh: '写明完成时限（某年某月某日前）', en: 'Give the deadline (a date)' },
      });
    }
  },
};

export const vagueValue: RuleDefinition = {
  id: 'vague-value',
  category: 'unmeasurable',
  criterion: 'feasibility',
  severity: 'warning',
  title: { zh: '目标值含糊，无法衡量', en: 'A vague target' },
  explanation: {
    zh: '“效果明显”“获得好评”“持续提升”“全年”只说方向，不给标准，年终自评无法判断是否达成（财预〔2020〕10号要求指标可衡量）。',
    en: '"效果明显", "获得好评", "持续提升" or "全年" give a direction but no standard, so the year-end self-evaluation cannot judge them (财预〔2020〕10号 wants measurable indicators).',
  },
  examples: {
    hit: { rows: [['社会效益', '促进相关研究领域能力提升', '研究成果获得好评']] },
    nearMiss: { rows: [['社会效益', '研究成果被采纳数量', '≥3项']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (rateLike(f) || repeatsName(f)) continue;
      const parts = vagueParts(f.indicator.target);
      if (parts.length === 0) continue;
      const what = parts.map((p) => quote(p, 30)).join('”“');
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”的目标值“${what}”含糊，无法衡量`,
          en: `The target "${what}" of "${quote(f.name)}" is vague and cannot be measured`,
        },
        suggestion:
          f.indicator.level2 === 'timeliness'
            ? { zh: '写明完成时限（某年某月某日前）', en: 'Give a deadline (a date)' }
            : {
                zh: '量化为可核实的数值，如“满意度≥90%”“采纳建议≥5条”',
                en: 'State a number that can be checked, e.g. "满意度≥90%" or "采纳建议≥5条"',
              },
      });
    }
  },
};

export const percentWithoutRatio: RuleDefinition = {
  id: 'percent-without-ratio',
  category: 'unmeasurable',
  criterion: 'feasibility',
  severity: 'warning',
  title: { zh: '百分比没有口径', en: 'A percentage of nothing in particular' },
  explanation: {
    zh: '目标值是百分比，但指标名称没有说明是什么的比率（完成率、覆盖率、采纳率…），无法计算实际值。',
    en: 'The target is a percentage but the name does not say of what (completion, coverage, adoption…), so the actual value cannot be computed.',
  },
  examples: {
    hit: { rows: [['社会效益', '为了深圳海洋事业发展献计献策', '≥90%']] },
    nearMiss: { rows: [['社会效益', '海洋事业发展建议采纳率', '≥90%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.count || f.question || namesARatio(f.key)) continue;
      const n = f.numbers.find(
        (v, k) => f.unitClasses[k] === 'percent' && v.unit === '%' && !('change' in v && v.change),
      );
      if (!n || (n.subject && namesARatio(n.subject))) continue;
      // A name that carries a target of its own is reported by name-value-disagree.
      if (nameNumbers(f).length > 0) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `目标值“${quote(f.raw)}”是百分比，但“${quote(f.name)}”没有说明是什么的比率`,
          en: `The target "${quote(f.raw)}" is a percentage, but "${quote(f.name)}" does not say of what`,
        },
        suggestion: {
          zh: '在名称中写明比率口径，如“…建议采纳率”',
          en: 'Name the ratio, e.g. "…建议采纳率" (adoption rate of proposals)',
        },
      });
    }
  },
};

export const approximateTarget: RuleDefinition = {
  id: 'approximate-target',
  category: 'unmeasurable',
  criterion: 'feasibility',
  severity: 'info',
  title: { zh: '目标值是约数', en: 'An approximate target' },
  explanation: {
    zh: '“20个左右”“约50人”没有明确的达成标准：完成18个算不算达成，自评时各说各话。宜写成下限（≥20个）或区间（18-22个）。',
    en: '"20个左右" or "约50人" has no clear bar: does 18 count as achieved? Write a floor ("≥20个") or a range ("18-22个").',
  },
  examples: {
    hit: { rows: [['数量', '课题数量', '20个左右']] },
    nearMiss: { rows: [['数量', '课题数量', '≥20个']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const n = f.numbers.find((v) => v.op === '≈');
      if (n?.op !== '≈') continue;
      const fixed = `≥${formatNumber(n.value)}${n.unit ?? ''}`;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”的目标值“${quote(f.raw)}”是约数，达成标准不明确`,
          en: `The target "${quote(f.raw)}" of "${quote(f.name)}" is approximate: no clear bar`,
        },
        suggestion: {
          zh: `写成下限或区间，如“${fixed}”`,
          en: `Write a floor or a range, e.g. "${fixed}"`,
        },
      });
    }
  },
};

/** The unmeasurable-value rule family. */
export const UNMEASURABLE_RULES: readonly RuleDefinition[] = [
  valueRepeatsName,
  timelyWithoutDeadline,
  vagueValue,
  percentWithoutRatio,
  approximateTarget,
];
