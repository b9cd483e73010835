/**
 * Indicators under the wrong category (相关性, DOMAIN.md): a cost under 数量, a rate under 数量,
 * a count under 质量, an output restated as an effect, something that is not satisfaction
 * under 满意度 — and a satisfaction measure filed elsewhere.
 */

import { LEVEL2_NAME } from '../../framework/taxonomy.js';
import { type UnitClass, unitClass } from '../../value/units.js';
import { type IndicatorFacts, nameNumbers } from '../context.js';
import { isApprovalMeasure, quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

const hasClass = (f: IndicatorFacts, cls: UnitClass): boolean => f.unitClasses.includes(cls);

/** A name that counts its own output: 评选优秀论文一等奖4份，特别奖1份…. */
const nameCounts = (f: IndicatorFacts): boolean =>
  nameNumbers(f).some((n) => unitClass(n.unit) === 'count');

/** A percentage that is a level, not a change against a baseline (提升10%) or 个百分点. */
const hasPercentLevel = (f: IndicatorFacts): boolean =>
  f.numbers.some(
    (n, k) => f.unitClasses[k] === 'percent' && n.unit === '%' && !('change' in n && n.change),
  );

/** Words of the value's subject and the name together: 获得科技工作者好评 + 认可率. */
const saidOf = (f: IndicatorFacts): string =>
  f.key + f.numbers.map((n) => n.subject ?? '').join('');

const label = (f: IndicatorFacts): string =>
  f.indicator.level2Label ?? (f.indicator.level2 ? LEVEL2_NAME[f.indicator.level2].zh : '');

export const costUnderQuantity: RuleDefinition = {
  id: 'cost-under-quantity',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '成本列在数量指标下', en: 'A cost filed under quantity' },
  explanation: {
    zh: '费用、经费等金额是成本，不是产出数量；列在数量指标下既虚增了产出，也让成本指标缺位（财预〔2021〕101号）。',
    en: 'Spending is a cost, not an output quantity: under 数量 it inflates the outputs and leaves the cost category empty (财预〔2021〕101号).',
  },
  examples: {
    hit: { rows: [['数量', '海洋论坛差旅费', '3']] },
    nearMiss: { rows: [['数量', '海洋论坛举办场次', '3场']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'quantity' || !(f.money || hasClass(f, 'money'))) continue;
      const unitless = f.numbers.length > 0 && f.numbers.every((n) => n.unit === null);
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是成本（金额），却列在数量指标下`,
          en: `"${quote(f.name)}" is a cost (money) but is filed under quantity`,
        },
        suggestion: unitless
          ? { zh: '移至成本指标并注明单位（万元）', en: 'Move it to cost and give the unit (万元)' }
          : { zh: '移至成本指标', en: 'Move it to cost' },
      });
    }
  },
};

export const rateUnderQuantity: RuleDefinition = {
  id: 'rate-under-quantity',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '比率列在数量指标下', en: 'A rate filed under quantity' },
  explanation: {
    zh: '数量指标回答“做了多少”，以件数、人数、场次计；合格率、达标率等比率反映完成质量，应列在质量指标下。',
    en: 'Quantity indicators say how much was done, in items, people or events; a pass or compliance rate says how well, and belongs under quality.',
  },
  examples: {
    hit: { rows: [['数量', '验收合格率', '90%以上']] },
    nearMiss: { rows: [['质量', '验收合格率', '90%以上']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'quantity' || f.money || f.count) continue;
      if (!(f.rate || hasPercentLevel(f))) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `比率指标“${quote(f.name)}”（${quote(f.raw)}）列在数量指标下`,
          en: `The rate "${quote(f.name)}" (${quote(f.raw)}) is filed under quantity`,
        },
        suggestion: {
          zh: '移至质量指标；数量指标填写具体件数（如“≥20个”）',
          en: 'Move it to quality; give quantities as counts (e.g. "≥20个")',
        },
      });
    }
  },
};

export const countUnderQuality: RuleDefinition = {
  id: 'count-under-quality',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '件数列在质量指标下', en: 'A count filed under quality' },
  explanation: {
    zh: '质量指标衡量产出达到的标准（合格率、达标率、优良率）；场次、人数等件数是数量指标，列在质量下往往是与数量指标重复。',
    en: 'Quality indicators measure the standard reached (pass, compliance rates); event or head counts are quantities, and under quality they usually repeat a quantity row.',
  },
  examples: {
    hit: { rows: [['质量', '参加科技创新推广交流活动人数', '≥60人']] },
    nearMiss: { rows: [['质量', '科技创新推广交流活动参与率', '≥60%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'quality' || f.rate || f.satisfaction) continue;
      if (!hasClass(f, 'count')) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”（${quote(f.raw)}）是件数，却列在质量指标下`,
          en: `"${quote(f.name)}" (${quote(f.raw)}) is a count but is filed under quality`,
        },
        suggestion: {
          zh: '移至数量指标；质量指标改为合格率、达标率等（如“验收合格率≥95%”）',
          en: 'Move it to quantity; measure quality by a rate (e.g. "验收合格率≥95%")',
        },
      });
    }
  },
};

/** Effects that are counted: people who benefit or use what was built, jobs, firms drawn in. */
const COUNTED_EFFECT =
  /受益|惠及|带动|就业|吸引|新增|增加|覆盖|辐射|帮扶|脱贫|减少|降低|提高|提升|增长|游客|游园|参观|访问|使用|利用|入住|就诊/;

/** Units of people and households reached: 服务群众5万人次 tells the reach of a service. */
const REACH_UNITS = new Set(['人', '人次', '名', '位', '户', '户次', '家', '人天', '人日']);
/** Words of things produced or held: these counts stay outputs whatever their unit. */
const PRODUCED =
  /举办|开展|召开|组织|评选|评审|奖励|获奖|奖项|出版|印发|制作|形成|建设|购置|活动|会议|论文/;

/** A count of people or households reached, not of things produced. */
function countsReach(f: IndicatorFacts): boolean {
  const counted = f.numbers.filter((_, k) => f.unitClasses[k] === 'count');
  return (
    counted.length > 0 &&
    counted.every((n) => REACH_UNITS.has((n.unit ?? '').replace(/^万/, ''))) &&
    !PRODUCED.test(saidOf(f))
  );
}

export const outputAsEffect: RuleDefinition = {
  id: 'output-as-effect',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '产出被当作效益', en: 'An output restated as an effect' },
  explanation: {
    zh: '效益指标反映项目带来的变化（受益人数、带动就业、水平提升）；举办活动的场次、评出的奖项、形成的书册是产出，列在效益下是把产出重复当作效果。',
    en: 'Effect indicators show the change a project brings (people who benefit, jobs, better levels); events held, awards given and books produced are outputs, restated as effects.',
  },
  examples: {
    hit: { rows: [['社会效益', '科技活动次数', '举办老年科技创新活动不少于10场次']] },
    nearMiss: { rows: [['社会效益', '受益老年科技工作者人数', '≥500人']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level1 !== 'outcome' || f.rate || f.satisfaction) continue;
      if (!hasClass(f, 'count') && !f.count && !nameCounts(f)) continue;
      if (COUNTED_EFFECT.test(saidOf(f)) || countsReach(f)) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”（${quote(f.raw)}）是产出数量，却列在${label(f)}下`,
          en: `"${quote(f.name)}" (${quote(f.raw)}) is an output count filed as an effect (${label(f)})`,
        },
        suggestion: {
          zh: '移至产出的数量指标；效益指标改写项目带来的变化（如受益人数、满意度、水平提升幅度）',
          en: 'Move it to output quantity; state the effect as a change (people who benefit, a level raised by how much)',
        },
      });
    }
  },
};

export const notSatisfaction: RuleDefinition = {
  id: 'not-satisfaction',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'error',
  title: { zh: '满意度指标下不是满意度', en: 'Not a satisfaction measure under satisfaction' },
  explanation: {
    zh: '满意度指标是必填类别，只应衡量服务对象的满意、认可或投诉；通过率、完成率放在这里，既占了满意度的位置，又掩盖了满意度缺失。',
    en: 'Satisfaction is a required category and measures only how served people judge the work (satisfied, approving, complaining); a pass rate there hides that satisfaction is not measured.',
  },
  examples: {
    hit: { rows: [['满意度', '课题通过率', '课题通过率90%以上']] },
    nearMiss: { rows: [['满意度', '课题承担单位满意度', '≥90%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'satisfaction') continue;
      if (/满意|好评|认可|投诉|评价|口碑|信任/.test(saidOf(f))) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”不是满意度，却列在满意度指标下`,
          en: `"${quote(f.name)}" is not a satisfaction measure but is filed under satisfaction`,
        },
        suggestion: {
          zh: '移至质量指标；满意度指标改为服务对象满意度（如“课题承担单位满意度≥90%”）',
          en: 'Move it to quality; measure the satisfaction of those served (e.g. "课题承担单位满意度≥90%")',
        },
      });
    }
  },
};

export const satisfactionElsewhere: RuleDefinition = {
  id: 'satisfaction-elsewhere',
  category: 'misplaced',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '满意度列在其他类别下', en: 'A satisfaction measure filed elsewhere' },
  explanation: {
    zh: '满意率、好评率、认可率反映服务对象的评价，应列在满意度指标下，否则满意度类别统计失真。',
    en: 'Satisfaction, approval and recognition rates are the judgement of those served and belong under satisfaction; elsewhere they distort that category.',
  },
  examples: {
    hit: { rows: [['质量', '获得科技工作者好评', '获得科技工作者认可率90%以上']] },
    nearMiss: { rows: [['满意度', '科技工作者认可率', '≥90%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const level2 = f.indicator.level2;
      if (level2 === null || level2 === 'satisfaction' || f.question) continue;
      if (!hasPercentLevel(f) || !isApprovalMeasure(saidOf(f))) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”（${quote(f.raw)}）衡量服务对象的评价，却列在${label(f)}下`,
          en: `"${quote(f.name)}" (${quote(f.raw)}) measures how people judge the work but is filed under ${label(f)}`,
        },
        suggestion: { zh: '移至满意度指标', en: 'Move it to satisfaction' },
      });
    }
  },
};

/** The misplaced-indicator rule family. */
export const MISPLACED_RULES: readonly RuleDefinition[] = [
  costUnderQuantity,
  rateUnderQuantity,
  countUnderQuality,
  outputAsEffect,
  notSatisfaction,
  satisfactionElsewhere,
];
