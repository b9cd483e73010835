/**
 * How many indicators a project has, against its money (适当性): a table of 164 indicators cannot
 * be monitored or evaluated, a 20,000 元 project does not need 30, and a 1亿 project is not
 * described by two. The limits are thresholds a regional profile can change.
 */

import { type Fen, formatWanYuan, yuanToFen } from '../../money/money.js';
import type { RuleDefinition } from '../rule.js';

export const indicatorCount: RuleDefinition = {
  id: 'indicator-count',
  category: 'inconsistent',
  criterion: 'appropriateness',
  severity: 'warning',
  title: {
    zh: '指标数量与资金规模不相称',
    en: 'An indicator count out of proportion to the money',
  },
  explanation: {
    zh: '指标应反映项目的主要产出和效果：过多过细（如上百项）难以监控和评价，也说明指标未经提炼；资金很少的项目不需要大量指标，资金巨大的项目只有寥寥几项则说明目标不完整。',
    en: 'Indicators should capture the main outputs and effects: a hundred of them cannot be monitored and were never distilled; a small project needs few, and a very large one described by a handful is incompletely targeted.',
  },
  thresholds: {
    max: {
      default: 50,
      min: 5,
      max: 1000,
      description: { zh: '任何项目的指标数上限', en: 'Most indicators for any project' },
    },
    min: {
      default: 3,
      min: 1,
      max: 50,
      description: { zh: '任何项目的指标数下限', en: 'Fewest indicators for any project' },
    },
    smallProjectWan: {
      default: 50,
      min: 0,
      max: 100000,
      description: {
        zh: '小额项目金额上限（万元）',
        en: 'Amount below which a project is small (万元)',
      },
    },
    maxForSmall: {
      default: 20,
      min: 1,
      max: 1000,
      description: { zh: '小额项目的指标数上限', en: 'Most indicators for a small project' },
    },
    largeProjectWan: {
      default: 10000,
      min: 0,
      max: 10000000,
      description: {
        zh: '大额项目金额下限（万元）',
        en: 'Amount from which a project is large (万元)',
      },
    },
    minForLarge: {
      default: 8,
      min: 1,
      max: 200,
      description: { zh: '大额项目的指标数下限', en: 'Fewest indicators for a large project' },
    },
  },
  examples: {
    hit: {
      rows: Array.from(
        { length: 22 },
        (_, k) => ['数量', `举办第${k + 1}期科普讲座`, '1场'] as const,
      ),
      project: {
        amount: {
          total: '200000.00',
          currentYear: '200000.00',
          fiscal: '200000.00',
          other: '0.00',
        },
      },
    },
    nearMiss: {
      rows: Array.from(
        { length: 12 },
        (_, k) => ['数量', `举办第${k + 1}期科普讲座`, '1场'] as const,
      ),
      project: {
        amount: {
          total: '200000.00',
          currentYear: '200000.00',
          fiscal: '200000.00',
          other: '0.00',
        },
      },
    },
  },
  check(ctx, report, t) {
    const n = ctx.facts.length;
    if (n === 0) return; // nothing to weigh; missing-category says what is missing
    const a = ctx.table.project.amount;
    const yuan = a.currentYear ?? a.total;
    const amount = yuan === null ? null : yuanToFen(yuan);
    const wan = (x: number): Fen => BigInt(Math.round(x * 1_000_000)) as Fen; // 万元 → fen
    const money = amount === null ? '' : `${formatWanYuan(amount)}万元`;
    const say = (zh: string, en: string, limit: number, many: boolean): void =>
      report({
        message: { zh, en },
        suggestion: many
          ? {
              zh: `合并同类指标，保留反映主要产出和效果的核心指标（不超过${limit}项）`,
              en: `Merge similar indicators and keep the core ones (at most ${limit})`,
            }
          : {
              zh: `补充反映主要产出、效果和成本的指标（至少${limit}项）`,
              en: `Add indicators of the main outputs, effects and cost (at least ${limit})`,
            },
      });
    const max = t.max!;
    const min = t.min!;
    if (n > max)
      return say(
        `共有${n}项指标，超过${max}项：指标过多过细，难以监控和评价`,
        `${n} indicators, more than ${max}: too many and too fine to monitor or evaluate`,
        max,
        true,
      );
    if (n < min)
      return say(
        `只有${n}项指标，少于${min}项`,
        `Only ${n} indicators, fewer than ${min}`,
        min,
        false,
      );
    if (amount === null) return;
    if (amount < wan(t.smallProjectWan!) && n > t.maxForSmall!)
      return say(
        `项目金额${money}，却有${n}项指标（小额项目一般不超过${t.maxForSmall}项）`,
        `A project of ${money} with ${n} indicators (a small project needs at most ${t.maxForSmall})`,
        t.maxForSmall!,
        true,
      );
    if (amount >= wan(t.largeProjectWan!) && n < t.minForLarge!)
      say(
        `项目金额${money}，只有${n}项指标（大额项目一般不少于${t.minForLarge}项）`,
        `A project of ${money} with only ${n} indicators (a large one needs at least ${t.minForLarge})`,
        t.minForLarge!,
        false,
      );
  },
};

/** The proportion rule family. */
export const PROPORTION_RULES: readonly RuleDefinition[] = [indicatorCount];
