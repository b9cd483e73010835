/**
 * Names of indicators (完整性, 相关性): a name that says nothing (年度, 完成时间), a goal written
 * where an indicator belongs (进一步促进…), and a name that carries its own target which the
 * value then contradicts (获得国家级省赛奖项5个以上 | ≥90%).
 */

import { formatTargetValue } from '../../value/format.js';
import type { NumberValue } from '../../value/target-value.js';
import { unitClass } from '../../value/units.js';
import { type IndicatorFacts, nameNumbers } from '../context.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Names that identify nothing: a period, a field heading, a category. */
const EMPTY_NAMES = new Set([
  '',
  '年度',
  '年度目标',
  '年度指标',
  '本年度',
  '完成时间',
  '完成时限',
  '完成期限',
  '时间',
  '时限',
  '期限',
  '进度',
  '指标',
  '绩效指标',
  '三级指标',
  '其他',
  '其它',
  '内容',
  '工作',
  '项目',
  '目标',
  '无',
  // A bare dimension word says nothing of what is counted or whose satisfaction is asked.
  '数量',
  '质量',
  '时效',
  '成本',
  '效益',
  '经济效益',
  '社会效益',
  '生态效益',
  '可持续影响',
  '满意度',
]);

/**
 * True when the name identifies nothing. Shared with the duplicate rules, which skip such names.
 * A name equal to a long category label is fine: 服务对象满意度 under 服务对象满意度指标 says whose.
 */
export function isEmptyName(f: IndicatorFacts): boolean {
  return EMPTY_NAMES.has(f.key);
}

export const emptyName: RuleDefinition = {
  id: 'empty-name',
  category: 'missing',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '指标名称没有内容', en: 'A name that says nothing' },
  explanation: {
    zh: '“年度”“完成时间”或与类别同名的名称，看不出考核的是哪项工作，审核、监控和自评都无从对应。',
    en: 'A name such as "年度", "完成时间" or the category itself does not say which work is measured, so review, monitoring and evaluation cannot tie it to anything.',
  },
  examples: {
    hit: { rows: [['时效', '年度', '本年内完成']] },
    nearMiss: { rows: [['时效', '课题研究完成时间', '本年内完成']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (!isEmptyName(f)) continue;
      report({
        indicators: [f.index],
        message:
          f.key === ''
            ? { zh: '指标没有名称', en: 'The indicator has no name' }
            : {
                zh: `指标名称“${quote(f.name)}”没有说明考核哪项工作`,
                en: `The name "${quote(f.name)}" does not say which work is measured`,
              },
        suggestion: {
          zh: '写明具体工作，如“课题研究完成时间”“科普讲座举办场次”',
          en: 'Name the work, e.g. "课题研究完成时间" (research finished by) or "科普讲座举办场次" (lectures held)',
        },
      });
    }
  },
};

/** Openings of a goal statement, not of a measure. */
const GOAL_OPENING = /^(?:进一步|促进|推动|为了|提高|提升|加强|增强|营造|推进|助力|努力)/;

export const goalAsName: RuleDefinition = {
  id: 'goal-as-name',
  category: 'unmeasurable',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '把目标表述当作指标', en: 'A goal written as an indicator' },
  explanation: {
    zh: '“进一步促进……”“为了……”是绩效目标的表述，不是可衡量的指标；指标应是目标分解后的具体考核内容（DOMAIN：含糊的目标）。',
    en: '"进一步促进…" or "为了…" states a goal, not a measure; an indicator is a concrete thing to check that the goal breaks down into.',
  },
  examples: {
    hit: { rows: [['社会效益', '促进相关研究领域能力提升以及发展进步', '研究成果获得好评']] },
    nearMiss: { rows: [['社会效益', '研究成果转化应用数量', '≥3项']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const sentence = /[。；;]/.test(f.name.replace(/[。；;\s]+$/, ''));
      const opening = GOAL_OPENING.test(f.key) && !f.rate && !f.count && !f.satisfaction;
      if (!sentence && !opening) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是目标表述，不是可衡量的指标`,
          en: `"${quote(f.name)}" states a goal, not a measurable indicator`,
        },
        suggestion: {
          zh: '拆分为具体指标，每项写明考核内容和数值（如“建议采纳数量≥5条”）',
          en: 'Split it into concrete indicators, each with what is measured and a number (e.g. "建议采纳数量≥5条")',
        },
      });
    }
  },
};

/** Words of a comparator: only a name with one can state its own target (parsing the rest is waste). */
const STATES_TARGET =
  /以上|以下|以内|不少于|不低于|不超过|不高于|不多于|至少|最多|大于|小于|超过|达到|[≥≤><≧≦》]/;

const explicit = (n: NumberValue): boolean => n.op !== 'between' && n.implicit !== true;

/** True when the value says the same thing as the name's own measure. */
function agrees(own: NumberValue, value: readonly NumberValue[]): boolean {
  const cls = unitClass(own.unit);
  return value.some((v) => {
    if (unitClass(v.unit) !== cls && v.unit !== null) return false;
    if (own.op === 'between' || v.op === 'between') return true;
    return v.value === own.value;
  });
}

export const nameValueDisagree: RuleDefinition = {
  id: 'name-value-disagree',
  category: 'inconsistent',
  criterion: 'appropriateness',
  severity: 'error',
  title: {
    zh: '名称自带的目标与指标值不一致',
    en: 'The name carries a target the value contradicts',
  },
  explanation: {
    zh: '名称里写了目标（“……5个以上”），指标值却是另一个数或另一种单位，考核以哪个为准说不清。',
    en: 'The name states a target ("…5个以上") and the value states another number or unit: which one counts is unclear.',
  },
  examples: {
    hit: { rows: [['社会效益', '获得国家级省赛奖项5个以上', '≥90%']] },
    nearMiss: { rows: [['社会效益', '获得国家级省赛奖项5个以上', '≥5个']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      if (v.kind !== 'number' && v.kind !== 'compound') continue;
      if (!STATES_TARGET.test(f.name)) continue;
      const own = nameNumbers(f).find(explicit);
      if (!own || agrees(own, f.numbers)) continue;
      const stated = formatTargetValue({ ...own, subject: undefined, trailing: undefined });
      const subject = own.subject ?? f.name;
      report({
        indicators: [f.index],
        message: {
          zh: `名称“${quote(f.name)}”自带目标“${stated}”，与指标值“${quote(f.raw)}”不一致`,
          en: `The name "${quote(f.name)}" states "${stated}", but the target is "${quote(f.raw)}"`,
        },
        suggestion: {
          zh: `名称只写考核内容（如“${quote(subject)}”），目标统一写在指标值中（如“${stated}”）`,
          en: `Keep the name to what is measured ("${quote(subject)}") and put the target in the value ("${stated}")`,
        },
      });
    }
  },
};

/** The indicator-name rule family. */
export const NAME_RULES: readonly RuleDefinition[] = [emptyName, goalAsName, nameValueDisagree];
