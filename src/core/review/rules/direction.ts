/**
 * Direction and range (适当性, DOMAIN.md): a higher-is-better rate capped with ≤ (稳定运行率
 * ≤99%), a lower-is-better one with ≥ (投诉率 ≥5%), a share above 100%.
 */

import { formatNumber } from '../../value/format.js';
import { isHigherBetterName, isLowerBetterName, quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

export const suspiciousDirection: RuleDefinition = {
  id: 'suspicious-direction',
  category: 'inconsistent',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '比较方向可疑', en: 'A suspicious direction' },
  explanation: {
    zh: '越高越好的指标（合格率、满意度）用“≤”，或越低越好的指标（投诉率、事故数）用“≥”，等于把好结果设成了上限、把坏结果设成了下限。',
    en: 'A higher-is-better indicator (pass rate, satisfaction) capped with "≤", or a lower-is-better one (complaints, accidents) floored with "≥", caps success or demands failure.',
  },
  examples: {
    hit: { rows: [['质量', '系统稳定运行率', '≤99%']] },
    nearMiss: { rows: [['质量', '系统稳定运行率', '≥99%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      if (v.kind !== 'number' || v.op === 'between') continue;
      const capped = v.op === '<=' || v.op === '<' || v.change === 'decrease';
      const floored = (v.op === '>=' || v.op === '>') && v.change !== 'decrease';
      const higher = isHigherBetterName(f.key);
      const lower = isLowerBetterName(f.key);
      if (!((higher && capped) || (lower && floored))) continue;
      const fixed = `${higher ? '≥' : '≤'}${formatNumber(v.value)}${v.unit ?? ''}`;
      report({
        indicators: [f.index],
        message: higher
          ? {
              zh: `“${quote(f.name)}”越高越好，目标值“${quote(f.raw)}”却设了上限`,
              en: `"${quote(f.name)}" is better when higher, yet "${quote(f.raw)}" caps it`,
            }
          : {
              zh: `“${quote(f.name)}”越低越好，目标值“${quote(f.raw)}”却设了下限`,
              en: `"${quote(f.name)}" is better when lower, yet "${quote(f.raw)}" sets a floor`,
            },
        suggestion: {
          zh: `核实方向，多半应为“${fixed}”`,
          en: `Check the direction: probably "${fixed}"`,
        },
      });
    }
  },
};

export const percentOutOfRange: RuleDefinition = {
  id: 'percent-out-of-range',
  category: 'inconsistent',
  criterion: 'appropriateness',
  severity: 'error',
  title: { zh: '比率超出 0–100%', en: 'A share outside 0–100%' },
  explanation: {
    zh: '合格率、完成率、满意度等是部分占全体的比例，不可能超过 100% 或低于 0；增长率不在此列。',
    en: 'Pass, completion or satisfaction rates are shares of a whole and cannot exceed 100% or fall below 0; growth rates are exempt.',
  },
  examples: {
    hit: { rows: [['质量', '培训计划完成率', '120%']] },
    nearMiss: { rows: [['质量', '培训计划完成率', '100%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (!isHigherBetterName(f.key) && !(isLowerBetterName(f.key) && f.rate)) continue;
      const n = f.numbers.find(
        (v) =>
          v.unit === '%' &&
          !('change' in v && v.change) &&
          (v.op === 'between' ? v.max > 100 || v.min < 0 : v.value > 100 || v.value < 0),
      );
      if (!n) continue;
      const shown = n.op === 'between' ? formatNumber(n.max) : formatNumber(n.value);
      report({
        indicators: [f.index],
        message: {
          zh: `“${quote(f.name)}”是比例，目标值“${quote(f.raw)}”超出 0–100%`,
          en: `"${quote(f.name)}" is a share, but "${quote(f.raw)}" lies outside 0–100% (${shown}%)`,
        },
        suggestion: {
          zh: '比例最高为 100%；如要考核超额完成，改用数量指标',
          en: 'A share is at most 100%; to reward over-achievement use a quantity indicator',
        },
      });
    }
  },
};

/** The direction rule family. */
export const DIRECTION_RULES: readonly RuleDefinition[] = [suspiciousDirection, percentOutOfRange];
