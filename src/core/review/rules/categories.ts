/**
 * Categories the framework requires (完整性): every required level-2 category of the form holds
 * an indicator — 满意度 always, 成本 on the MoF 2021 form (财预〔2021〕101号), at least one
 * effect — and indicators sit in a category at all.
 */

import type { FrameworkCategory, FrameworkGroup } from '../../framework/frameworks.js';
import { categoryOf } from '../../framework/frameworks.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

export const missingCategory: RuleDefinition = {
  id: 'missing-category',
  category: 'missing',
  criterion: 'completeness',
  severity: 'error',
  title: { zh: '缺少必填类别的指标', en: 'A required category is empty' },
  explanation: {
    zh: '指标体系规定的必填二级指标（数量、质量、时效、满意度；2021版另有成本，财预〔2021〕101号）至少要有一项。效益类只要求至少一项，经济、社会、生态、可持续影响按项目实际选择。',
    en: 'Every required category of the framework (quantity, quality, timeliness, satisfaction; cost on the 2021 form, 财预〔2021〕101号) needs at least one indicator. Effects need at least one of any kind, chosen to fit the project.',
  },
  examples: {
    hit: {
      rows: [
        ['数量指标', '举办培训班期数', '4期'],
        ['质量指标', '培训合格率', '≥95%'],
        ['时效指标', '培训完成时间', '2021年10月'],
        ['社会效益指标', '受训人员技能提升比例', '≥80%'],
        ['服务对象满意度指标', '参训人员满意度', '≥90%'],
      ],
      project: { year: 2021, startDate: '2021-01-01', endDate: '2021-12-31' },
    },
    nearMiss: {
      rows: [
        ['数量指标', '举办培训班期数', '4期'],
        ['质量指标', '培训合格率', '≥95%'],
        ['时效指标', '培训完成时间', '2021年10月'],
        ['成本指标', '人均培训成本', '≤800元'],
        ['社会效益指标', '受训人员技能提升比例', '≥80%'],
        ['服务对象满意度指标', '参训人员满意度', '≥90%'],
      ],
      project: { year: 2021, startDate: '2021-01-01', endDate: '2021-12-31' },
    },
  },
  check(ctx, report) {
    const present = new Set(ctx.facts.map((f) => f.indicator.level2));
    const anyEffect = ctx.facts.some((f) => f.indicator.level1 === 'outcome');
    const missing: { group: FrameworkGroup; category: FrameworkCategory }[] = [];
    for (const group of ctx.framework.groups) {
      for (const category of group.categories) {
        if (!category.required || present.has(category.level2)) continue;
        if (category.level1 === 'outcome' && anyEffect) continue;
        missing.push({ group, category });
      }
    }
    for (const { group, category } of missing) {
      const name = category.level1 === 'outcome' ? group.label : category.label;
      report({
        message: {
          zh: `缺少“${name}”类指标（${ctx.framework.name.zh}要求至少一项）`,
          en: `No indicator under "${name}" (required by ${ctx.framework.name.en})`,
        },
        suggestion: {
          zh: `补充至少一项${name}，并填写可衡量的目标值`,
          en: `Add at least one ${name} indicator with a measurable target`,
        },
      });
    }
  },
};

export const missingCost: RuleDefinition = {
  id: 'missing-cost',
  category: 'missing',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '没有成本指标（旧版表格）', en: 'No cost indicator (legacy form)' },
  explanation: {
    zh: '旧版表格（产出/效果目标、投入/产出/效果）不强制成本指标，但财预〔2021〕101号起成本指标为必填；没有成本指标就无法判断目标与资金是否匹配（适当性）。',
    en: 'Legacy forms do not require a cost indicator, but from 财预〔2021〕101号 it is required; without one, targets cannot be weighed against the money.',
  },
  examples: {
    hit: { rows: [['数量', '举办科普讲座场次', '12场']], framework: 'cn-2019' },
    nearMiss: {
      rows: [
        ['数量', '举办科普讲座场次', '12场'],
        ['成本', '单场讲座成本', '≤2万元'],
      ],
      framework: 'cn-2019',
    },
  },
  check(ctx, report) {
    const cost = categoryOf(ctx.framework, 'cost');
    if (cost?.category.required) return; // missing-category reports it on forms that require it
    if (ctx.facts.some((f) => f.indicator.level2 === 'cost')) return;
    report({
      message: {
        zh: '没有成本指标：无法判断目标与资金是否匹配',
        en: 'No cost indicator: targets cannot be weighed against the money',
      },
      suggestion: {
        zh: '按财预〔2021〕101号补充成本指标，如“单场活动成本≤X万元”“人均培训成本≤X元”',
        en: 'Add cost indicators as 财预〔2021〕101号 asks, e.g. "单场活动成本≤X万元"',
      },
    });
  },
};

export const unknownCategory: RuleDefinition = {
  id: 'unknown-category',
  category: 'misplaced',
  criterion: 'completeness',
  severity: 'warning',
  title: { zh: '指标没有归入二级指标', en: 'An indicator in no category' },
  explanation: {
    zh: '指标没有二级指标，或二级指标名称认不出来（不是数量、质量、时效、成本、效益、满意度之一），无法按类别审核和评分。',
    en: 'The indicator has no category, or one that is not recognised (quantity, quality, timeliness, cost, effects, satisfaction), so it cannot be reviewed or scored by category.',
  },
  examples: {
    hit: { rows: [['工作指标', '举办科普讲座场次', '12场']] },
    nearMiss: { rows: [['数量指标', '举办科普讲座场次', '12场']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== null) continue;
      const label = f.indicator.level2Label;
      report({
        indicators: [f.index],
        message: label
          ? {
              zh: `“${quote(f.name)}”的二级指标“${quote(label)}”不是已知类别`,
              en: `The category "${quote(label)}" of "${quote(f.name)}" is not a known one`,
            }
          : {
              zh: `“${quote(f.name)}”没有二级指标`,
              en: `"${quote(f.name)}" has no category`,
            },
        suggestion: {
          zh: `归入${ctx.framework.groups.flatMap((g) => g.categories.map((c) => c.label)).join('、')}之一`,
          en: 'File it under one of the categories of the framework',
        },
      });
    }
  },
};

/** The category rule family. */
export const CATEGORY_RULES: readonly RuleDefinition[] = [
  missingCategory,
  missingCost,
  unknownCategory,
];
