/**
 * How values are written (格式): full-width or look-alike comparators (≧, ＞), 》 typed for ≥,
 * and a satisfaction target without its ≥. None changes what jixiao reads, but each makes a
 * published table look careless or leaves the direction to the reader.
 */

import { formatNumber } from '../../value/format.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';

/** Comparators a form should print as ≥ ≤ > < =. */
const NONSTANDARD = /[≧≦＞＜＝⩾⩽]/;
const STANDARD_OF: Readonly<Record<string, string>> = {
  '≧': '≥',
  '⩾': '≥',
  '≦': '≤',
  '⩽': '≤',
  '＞': '>',
  '＜': '<',
  '＝': '=',
};

export const nonstandardComparator: RuleDefinition = {
  id: 'nonstandard-comparator',
  category: 'format',
  criterion: 'completeness',
  severity: 'info',
  title: { zh: '比较符号不规范', en: 'A non-standard comparator' },
  explanation: {
    zh: '“≧”“＞”等全角或近似符号应统一写作“≥”“>”，与同表其他指标一致，也便于各系统识别。',
    en: 'Full-width or look-alike signs such as "≧" or "＞" should be written "≥" or ">", like the rest of the table and readable by every system.',
  },
  examples: {
    hit: { rows: [['满意度', '活动参与人员满意度', '≧90%']] },
    nearMiss: { rows: [['满意度', '活动参与人员满意度', '≥90%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const sign = NONSTANDARD.exec(f.raw)?.[0];
      if (sign === undefined) continue;
      const fixed = f.raw.replace(/[≧≦＞＜＝⩾⩽]/g, (c) => STANDARD_OF[c] ?? c);
      report({
        indicators: [f.index],
        message: {
          zh: `指标值“${quote(f.raw)}”使用了不规范的符号“${sign}”`,
          en: `The target "${quote(f.raw)}" uses the non-standard sign "${sign}"`,
        },
        suggestion: { zh: `写作“${quote(fixed)}”`, en: `Write "${quote(fixed)}"` },
      });
    }
  },
};

export const comparatorTypo: RuleDefinition = {
  id: 'comparator-typo',
  category: 'format',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '“》”误作比较符', en: '"》" typed for ≥' },
  explanation: {
    zh: '书名号“》”被当作“≥”输入，读表的人可能理解为别的意思；jixiao 按“≥”读取，但原表应更正。',
    en: 'The title mark "》" was typed for "≥"; a reader may take it for something else. jixiao reads it as ≥, but the table should be corrected.',
  },
  examples: {
    hit: { rows: [['质量', '验收合格率', '》95%']] },
    nearMiss: { rows: [['质量', '验收合格率', '≥95%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      const v = f.indicator.target;
      const notes = v.kind === 'compound' ? v.parts.flatMap((p) => p.notes ?? []) : (v.notes ?? []);
      if (!notes.some((n) => n.code === 'comparator-typo')) continue;
      report({
        indicators: [f.index],
        message: {
          zh: `指标值“${quote(f.raw)}”中的“》”应为“≥”`,
          en: `"》" in the target "${quote(f.raw)}" should be "≥"`,
        },
        suggestion: {
          zh: `写作“${quote(f.raw.replace(/》/g, '≥'))}”`,
          en: `Write "${quote(f.raw.replace(/》/g, '≥'))}"`,
        },
      });
    }
  },
};

export const satisfactionWithoutComparator: RuleDefinition = {
  id: 'satisfaction-without-comparator',
  category: 'format',
  criterion: 'appropriateness',
  severity: 'info',
  title: { zh: '满意度目标缺少“≥”', en: 'A satisfaction target without ≥' },
  explanation: {
    zh: '满意度是越高越好的指标，“90%”应写作“≥90%”；只写一个数，读起来像要求恰好 90%。',
    en: 'Satisfaction is better when higher: "90%" should read "≥90%"; a bare number reads as "exactly 90%".',
  },
  examples: {
    hit: { rows: [['满意度', '听众满意度', '90%']] },
    nearMiss: { rows: [['满意度', '听众满意度', '≥90%']] },
  },
  check(ctx, report) {
    for (const f of ctx.facts) {
      if (f.indicator.level2 !== 'satisfaction' && !f.satisfaction) continue;
      const v = f.indicator.target;
      if (v.kind !== 'number' || v.op !== '=' || v.unit !== '%') continue;
      const fixed = `≥${formatNumber(v.value)}%`;
      report({
        indicators: [f.index],
        message: {
          zh: `满意度“${quote(f.name)}”的目标值“${quote(f.raw)}”没有写“≥”`,
          en: `The satisfaction target "${quote(f.raw)}" of "${quote(f.name)}" has no "≥"`,
        },
        suggestion: { zh: `写作“${fixed}”`, en: `Write "${fixed}"` },
      });
    }
  },
};

/** The format rule family. */
export const FORMAT_RULES: readonly RuleDefinition[] = [
  nonstandardComparator,
  comparatorTypo,
  satisfactionWithoutComparator,
];
