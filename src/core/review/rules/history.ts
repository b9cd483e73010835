/**
 * History (适当性, 财预〔2015〕88号): a target set below what the project already achieved last
 * year is too low — the money buys nothing new. Needs last year's actuals (`review`'s
 * `options.previous`); without them the rule says nothing.
 */

import { directionOf } from '../../value/compare.js';
import { formatNumber } from '../../value/format.js';
import type { NumberValue } from '../../value/target-value.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

const shown = (v: NumberValue): string =>
  v.op === 'between'
    ? `${formatNumber(v.min)}-${formatNumber(v.max)}${v.unit ?? ''}`
    : `${formatNumber(v.value)}${v.unit ?? ''}`;

export const targetBelowLastActual: RuleDefinition = {
  id: 'target-below-last-actual',
  category: 'inconsistent',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '目标低于上年实际', en: 'A target below last year’s actual' },
  explanation: {
    zh: '同一项目上年已实际完成的水平，本年目标若更低（越高越好的指标），或上限更宽松（越低越好的指标，如成本），目标就定得偏低，资金看不出新增效果。需要上年的自评实际完成值；满意度按政策线（如≥90%）设定，不在此列。',
    en: 'When this year’s target for a higher-is-better indicator is below what the project already achieved last year — or a lower-is-better cap (a cost) is looser than last year’s actual — the target is too low and the money shows no new effect. Needs last year’s self-evaluation actuals; satisfaction targets follow a policy line (≥90%) and are exempt.',
  },
  thresholds: {
    tolerancePercent: {
      default: 0,
      min: 0,
      max: 50,
      description: {
        zh: '允许低于上年实际的幅度（%）',
        en: 'How far below last year’s actual a target may be (%)',
      },
    },
  },
  examples: {
    hit: {
      rows: [['数量', '举办科普讲座场次', '≥20场']],
      previous: { year: 2018, rows: [['举办科普讲座场次', '≥20场', '26场']] },
    },
    nearMiss: {
      rows: [['数量', '举办科普讲座场次', '≥26场']],
      previous: { year: 2018, rows: [['举办科普讲座场次', '≥20场', '26场']] },
    },
  },
  check(ctx, report, thresholds) {
    const previous = ctx.previous;
    if (!previous) return;
    const tolerance = (thresholds.tolerancePercent ?? 0) / 100;
    for (const f of ctx.facts) {
      // Satisfaction targets follow a policy line (≥90%), not last year's survey result.
      if (f.indicator.level2 === 'satisfaction' || f.satisfaction) continue;
      const last = previous.byKey.get(f.key);
      const target = f.indicator.target;
      if (!last || target.kind !== 'number' || target.op === 'between' || target.change) continue;
      const actual = last.actual;
      if (actual.op === 'between' || (actual.unit ?? '') !== (target.unit ?? '')) continue;
      const direction = directionOf(target);
      const low = direction === 'higher' && target.value < actual.value * (1 - tolerance);
      const loose = direction === 'lower' && target.value > actual.value * (1 + tolerance);
      if (!low && !loose) continue;
      const year = previous.year ?? '上';
      report({
        indicators: [f.index],
        message: low
          ? {
              zh: `“${quote(f.name)}”的目标值“${quote(f.raw)}”低于上年（${year}年）实际完成的${shown(actual)}`,
              en: `The target "${quote(f.raw)}" of "${quote(f.name)}" is below the ${shown(actual)} achieved in ${year}`,
            }
          : {
              zh: `“${quote(f.name)}”的上限“${quote(f.raw)}”比上年（${year}年）实际的${shown(actual)}还宽松`,
              en: `The cap "${quote(f.raw)}" of "${quote(f.name)}" is looser than the ${shown(actual)} of ${year}`,
            },
        suggestion: {
          zh: `目标不应低于上年实际水平：改为${low ? '≥' : '≤'}${shown(actual)}，或在目标值来源中说明下调的理由`,
          en: `A target should not fall short of last year's actual: make it ${low ? '≥' : '≤'}${shown(actual)}, or give the reason for lowering it in the source`,
        },
      });
    }
  },
};

export const HISTORY_RULES: readonly RuleDefinition[] = [targetBelowLastActual];
