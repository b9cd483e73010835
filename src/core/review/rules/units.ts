/**
 * Unit mismatches (适当性, DOMAIN.md "What reviewers flag"): the value does not fit what the
 * indicator's name measures — a 率 counted in 起, a 率 answered with a word, a count given in %,
 * a cost in 次.
 */

import { formatNumber } from '../../value/format.js';
import type { NumberValue } from '../../value/target-value.js';
import type { IndicatorFacts } from '../context.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** A ratio by its name: 合格率, 占比, and 满意度 (a share of satisfied people). */
const rateLike = (f: IndicatorFacts): boolean => f.rate || /满意度$/.test(f.key);

const firstOfClass = (f: IndicatorFacts, classes: readonly string[]): NumberValue | undefined =>
  f.numbers.find((_, k) => classes.includes(f.unitClasses[k] ?? ''));

export const rateWithCountUnit: RuleDefinition = {
  id: 'rate-with-count-unit',
  category: 'unit-mismatch',
  criterion: 'appropriateness',
  severity: 'error',
  title: { zh: '比率指标的目标值是件数', en: 'A rate whose target is a count' },
  explanation: {
    zh: '名称以“率”“比例”“满意度”结尾的指标衡量的是比率，目标值应为百分比；填“1起”“5次”“10个”既无法与实际完成值比较，也说明指标设计有误。',
    en: 'An indicator named …率/比例/满意度 measures a share, so its target is a percentage; a count such as "1起" or "5次" cannot be compared with the actual rate and shows the indicator is mis-designed.',
  },
  examples: {
    hit: { rows: [['社会效益', '工作会议正常运行率', '5起']] },
    nearMiss: { rows: [['社会效益', '工作会议正常运行率', '≥98%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      // 95%，抽检20次 states the rate; the count beside it is only the sample.
      if (!rateLike(f) || f.unitClasses.includes('percent')) continue;
      const n = firstOfClass(f, ['count']);
      if (!n) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是比率，目标值“${quote(f.raw)}”却是件数（${n.unit}）`,
          en: `"${quote(f.name)}" is a rate, but its target "${quote(f.raw)}" is a count (${n.unit})`,
        },
        suggestion: {
          zh: `以百分比填写指标值（如“≥95%”）；如需考核${n.unit}数，另设数量指标并注明单位“${n.unit}”`,
          en: `Give the target as a percentage (e.g. "≥95%"); to track the count, add a quantity indicator in "${n.unit}"`,
        },
      });
    }
  },
};

export const rateWithText: RuleDefinition = {
  id: 'rate-with-text',
  category: 'unit-mismatch',
  criterion: 'appropriateness',
  severity: 'error',
  title: { zh: '比率指标的目标值是文字', en: 'A rate whose target is a word' },
  explanation: {
    zh: '比率指标写“及时”“是”“良好”等文字，无法计算完成程度，自评时只能主观打分。',
    en: 'A rate answered with a word ("及时", "是", "良好") gives nothing to compute achievement against; the self-evaluation can only guess.',
  },
  examples: {
    hit: { rows: [['质量', '专家联谊会工作达标率', '及时']] },
    nearMiss: { rows: [['质量', '专家联谊会工作达标率', '100%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const kind = f.indicator.target.kind;
      if (!rateLike(f) || (kind !== 'text' && kind !== 'boolean')) continue;
      if (kind === 'text' && f.indicator.target.placeholder) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是比率，目标值“${quote(f.raw)}”却不是百分比`,
          en: `"${quote(f.name)}" is a rate, but its target "${quote(f.raw)}" is not a percentage`,
        },
        suggestion: {
          zh: '填写百分比目标，如“100%”或“≥95%”',
          en: 'Give a percentage target such as "100%" or "≥95%"',
        },
      });
    }
  },
};

export const countWithPercent: RuleDefinition = {
  id: 'count-with-percent',
  category: 'unit-mismatch',
  criterion: 'appropriateness',
  severity: 'error',
  title: { zh: '数量指标的目标值是百分比', en: 'A count whose target is a percentage' },
  explanation: {
    zh: '名称为“人数”“次数”“数量”等的指标衡量件数，目标值写成百分比时不知道是谁的百分之几。相对上年的增幅（“提升10%”）除外。',
    en: 'An indicator named …人数/次数/数量 counts things; a percentage target says "some share of something". A change against last year ("提升10%") is fine.',
  },
  examples: {
    hit: { rows: [['数量', '培训人数', '≥90%']] },
    nearMiss: { rows: [['数量', '培训人数', '≥90人']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (!f.count || f.rate) continue;
      const n = f.numbers.find(
        (v, k) => f.unitClasses[k] === 'percent' && !('change' in v && v.change),
      );
      if (!n) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是数量，目标值“${quote(f.raw)}”却是百分比`,
          en: `"${quote(f.name)}" is a count, but its target "${quote(f.raw)}" is a percentage`,
        },
        suggestion: {
          zh: '填写具体数量并注明单位（如“≥200人”）；如要考核比率，把指标改为“…率”并移至质量指标',
          en: 'Give the number with its unit (e.g. "≥200人"); to track a share, rename it "…率" and move it to quality',
        },
      });
    }
  },
};

export const costNotMoney: RuleDefinition = {
  id: 'cost-not-money',
  category: 'unit-mismatch',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '成本指标的单位不是金额', en: 'A cost measured in something other than money' },
  explanation: {
    zh: '成本指标（财预〔2021〕101号）衡量花费，目标值应为金额（元、万元）或控制比率；“3次”“5人”不是成本。',
    en: 'A cost indicator (财预〔2021〕101号) measures spending: its target is an amount (元, 万元) or a control ratio, not "3次" or "5人".',
  },
  examples: {
    hit: { rows: [['成本指标', '专家咨询费', '3次']] },
    nearMiss: { rows: [['成本指标', '专家咨询费', '≤3万元']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'cost' && !f.money) continue;
      const k = f.unitClasses.findIndex((c) => c === 'count' || c === 'duration' || c === 'size');
      const n = f.numbers[k];
      if (!n) continue;
      const amount = n.op === 'between' ? formatNumber(n.max) : formatNumber(n.value);
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是成本（金额）指标，目标值“${quote(f.raw)}”的单位“${n.unit}”却不是金额单位`,
          en: `"${quote(f.name)}" is a cost, but the unit "${n.unit}" of its target "${quote(f.raw)}" is not money`,
        },
        suggestion: {
          zh: `以金额填写，如“≤${amount}万元”；件数另设数量指标`,
          en: `Give an amount such as "≤${amount}万元"; count the items in a quantity indicator`,
        },
      });
    }
  },
};

/** The unit-mismatch rule family. */
export const UNIT_RULES: readonly RuleDefinition[] = [
  rateWithCountUnit,
  rateWithText,
  countWithPercent,
  costNotMoney,
];
