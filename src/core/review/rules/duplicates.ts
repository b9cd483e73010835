/**
 * Duplicated indicators (适当性, DOMAIN.md): the same name twice in a category with the same
 * value (padding) or different values (which one counts?), the same indicator in two
 * categories, and names that differ only by a particle such as 的 (资助科普活动 / 资助的科普活动).
 * Names that identify nothing (年度) are left to empty-name: repeating them is not duplication.
 */

import { LEVEL2_NAME } from '../../framework/taxonomy.js';
import { describeLocation } from '../../table/location.js';
import type { TargetValue } from '../../value/target-value.js';
import type { IndicatorFacts } from '../context.js';
import { quote } from '../names.js';
import type { RuleDefinition } from '../rule.js';
import { isEmptyName } from './indicator-names.js';

/** Groups facts by a key, keeping reading order; only groups of two or more are returned. */
function groupsBy(
  facts: readonly IndicatorFacts[],
  keyOf: (f: IndicatorFacts) => string | null,
): IndicatorFacts[][] {
  const groups = new Map<string, IndicatorFacts[]>();
  for (const f of facts) {
    const key = keyOf(f);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** "第77、93、103行" / "lines 77, 93, 103": where the rows of a group are. */
function where(group: readonly IndicatorFacts[]): { zh: string; en: string } {
  const places = group.map((f) => describeLocation(f.indicator.at));
  if (places.every((p) => /^第\d+行$/.test(p.zh)))
    return {
      zh: `第${places.map((p) => p.zh.slice(1, -1)).join('、')}行`,
      en: `lines ${places.map((p) => p.en.replace('line ', '')).join(', ')}`,
    };
  if (places.some((p) => p.zh === ''))
    return {
      zh: `第${group.map((f) => f.index + 1).join('、')}项`,
      en: `indicators ${group.map((f) => f.index + 1).join(', ')}`,
    };
  return { zh: places.map((p) => p.zh).join('、'), en: places.map((p) => p.en).join('; ') };
}

const named = (f: IndicatorFacts): string | null => (isEmptyName(f) ? null : f.key);

const categoryOf = (f: IndicatorFacts): string =>
  f.indicator.level2Label ?? (f.indicator.level2 ? LEVEL2_NAME[f.indicator.level2].zh : '?');

/**
 * What a value says, as a string: every field but the text it was read from and its notes, keys
 * sorted — the same equality as `sameTargetValue`, computed once per row instead of per pair.
 */
function valueKey(v: TargetValue): string {
  return JSON.stringify(v, (key, val: unknown) => {
    if (key === 'raw' || key === 'notes') return undefined;
    if (val === null || typeof val !== 'object' || Array.isArray(val)) return val;
    return Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

/** The meaning of a fact's value as a string, worked out once per review (comparing is hot). */
const meanings = new WeakMap<IndicatorFacts, string>();
function meaningOf(f: IndicatorFacts): string {
  let m = meanings.get(f);
  if (m === undefined) {
    m = valueKey(f.indicator.target);
    meanings.set(f, m);
  }
  return m;
}

const byCategory = new WeakMap<readonly IndicatorFacts[], IndicatorFacts[][]>();

/** Same name in the same category, split by whether the values agree; grouped once per review. */
function sameCategoryGroups(facts: readonly IndicatorFacts[], agree: boolean): IndicatorFacts[][] {
  let groups = byCategory.get(facts);
  if (!groups) {
    groups = groupsBy(facts, (f) => {
      const key = named(f);
      return key === null ? null : `${f.indicator.level2 ?? '?'}\u0000${key}`;
    });
    byCategory.set(facts, groups);
  }
  return groups.filter((g) => g.every((f) => meaningOf(f) === meaningOf(g[0]!)) === agree);
}

export const duplicateIndicator: RuleDefinition = {
  id: 'duplicate-indicator',
  category: 'duplicate',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '重复的指标', en: 'A duplicated indicator' },
  explanation: {
    zh: '同一类别下名称相同、目标值也相同的指标只是重复填写，虚增了指标数量，监控和自评时也分不清各自对应哪项工作。',
    en: 'The same name with the same target twice in a category is padding: it inflates the count, and monitoring cannot tell the rows apart.',
  },
  examples: {
    hit: {
      rows: [
        ['质量', '资助的科普活动工作达标率', '100%'],
        ['质量', '资助的科普活动工作达标率', '100%'],
      ],
    },
    nearMiss: {
      rows: [
        ['质量', '资助的科普活动工作达标率', '100%'],
        ['质量', '资助的学术活动工作达标率', '100%'],
      ],
    },
  },
  check(ctx, report) {
    for (const group of sameCategoryGroups(ctx.facts, true)) {
      const first = group[0]!;
      const at = where(group);
      report({
        indicators: group.map((f) => f.index),
        message: {
          zh: `“${quote(first.name)}”（${quote(first.raw)}）在${categoryOf(first)}下重复出现${group.length}次（${at.zh}）`,
          en: `"${quote(first.name)}" (${quote(first.raw)}) appears ${group.length} times under ${categoryOf(first)} (${at.en})`,
        },
        suggestion: {
          zh: '保留一项；如确为不同工作，在名称中写明区别（如活动名称）',
          en: 'Keep one; if they are different pieces of work, say which in each name',
        },
      });
    }
  },
};

export const conflictingIndicator: RuleDefinition = {
  id: 'conflicting-indicator',
  category: 'duplicate',
  criterion: 'appropriateness',
  severity: 'error',
  title: { zh: '同名指标的目标值互相矛盾', en: 'The same indicator with conflicting targets' },
  explanation: {
    zh: '同一类别下名称相同的指标给出不同的目标值，考核以哪个为准无法确定。',
    en: 'The same name under one category with different targets: which target counts cannot be decided.',
  },
  examples: {
    hit: {
      rows: [
        ['数量', '项目数量', '1本，20个项目'],
        ['数量', '项目数量', '形成项目储备20个左右，引入重量级团队1-2个。'],
      ],
    },
    nearMiss: {
      rows: [
        ['数量', '项目储备数量', '20个左右'],
        ['数量', '引入重量级团队数量', '1-2个'],
      ],
    },
  },
  check(ctx, report) {
    for (const group of sameCategoryGroups(ctx.facts, false)) {
      const first = group[0]!;
      const at = where(group);
      const values = [...new Set(group.map((f) => f.raw))].map((v) => `“${quote(v, 30)}”`);
      const valuesEn = [...new Set(group.map((f) => f.raw))].map((v) => `"${quote(v, 30)}"`);
      report({
        indicators: group.map((f) => f.index),
        message: {
          zh: `“${quote(first.name)}”在${categoryOf(first)}下出现${group.length}次（${at.zh}），目标值不一致：${values.join('与')}`,
          en: `"${quote(first.name)}" appears ${group.length} times under ${categoryOf(first)} (${at.en}) with different targets: ${valuesEn.join(' vs ')}`,
        },
        suggestion: {
          zh: '合并为一项并确定唯一目标值；如是不同内容，分别命名（如“项目储备数量”“引入团队数量”）',
          en: 'Merge them with one target; if they measure different things, name each for what it measures',
        },
      });
    }
  },
};

export const indicatorInTwoCategories: RuleDefinition = {
  id: 'indicator-in-two-categories',
  category: 'duplicate',
  criterion: 'relevance',
  severity: 'warning',
  title: { zh: '同一指标列在两个类别下', en: 'One indicator in two categories' },
  explanation: {
    zh: '同名指标同时出现在两个二级指标下（如数量和质量），同一产出被计了两次，至少有一处归类不当。',
    en: 'The same name under two categories (say quantity and quality) counts one output twice; at least one of them is misfiled.',
  },
  examples: {
    hit: {
      rows: [
        ['数量', '参加科技创新推广交流活动人数', '≥60人'],
        ['质量', '参加科技创新推广交流活动人数', '≥60人'],
      ],
    },
    nearMiss: {
      rows: [
        ['数量', '参加科技创新推广交流活动人数', '≥60人'],
        ['质量', '科技创新推广交流活动参与人员出席率', '≥90%'],
      ],
    },
  },
  check(ctx, report) {
    for (const group of groupsBy(ctx.facts, named)) {
      const categories = [...new Set(group.map(categoryOf))];
      if (categories.length < 2) continue;
      const first = group[0]!;
      const at = where(group);
      report({
        indicators: group.map((f) => f.index),
        message: {
          zh: `“${quote(first.name)}”同时列在${categories.join('、')}下（${at.zh}）`,
          en: `"${quote(first.name)}" is filed under ${categories.join(', ')} (${at.en})`,
        },
        suggestion: {
          zh: '只保留在最贴切的类别下；质量指标改为衡量达标程度（如“…出席率”）',
          en: 'Keep it under the one category that fits; measure quality as a rate instead',
        },
      });
    }
  },
};

export const nearDuplicate: RuleDefinition = {
  id: 'near-duplicate',
  category: 'duplicate',
  criterion: 'appropriateness',
  severity: 'warning',
  title: { zh: '仅差“的”字的重复指标', en: 'Names that differ only by 的' },
  explanation: {
    zh: '名称只差一个“的”字（如“资助科普活动工作达标率”与“资助的科普活动工作达标率”），通常是复制粘贴留下的同一指标。',
    en: 'Names that differ only by the particle 的 (资助科普活动工作达标率 / 资助的科普活动工作达标率) are usually one indicator pasted twice.',
  },
  examples: {
    hit: {
      rows: [
        ['质量', '资助科普活动工作达标率', '100%'],
        ['质量', '资助的科普活动工作达标率', '100%'],
      ],
    },
    nearMiss: {
      rows: [
        ['质量', '资助科普活动工作达标率', '100%'],
        ['质量', '资助学术活动工作达标率', '100%'],
      ],
    },
  },
  check(ctx, report) {
    const groups = groupsBy(ctx.facts, (f) =>
      named(f) === null ? null : `${f.indicator.level2 ?? '?'}\u0000${f.near}`,
    );
    for (const group of groups) {
      const spellings = [...new Set(group.map((f) => f.key))];
      if (spellings.length < 2) continue;
      const bySpelling = spellings.map((key) => group.filter((f) => f.key === key));
      const zh = bySpelling.map((g) => `“${quote(g[0]!.name)}”（${where(g).zh}）`).join('与');
      const en = bySpelling.map((g) => `"${quote(g[0]!.name)}" (${where(g).en})`).join(' and ');
      report({
        indicators: group.map((f) => f.index),
        message: {
          zh: `${zh}只差“的”字，实为同一指标`,
          en: `${en} differ only by 的: one indicator`,
        },
        suggestion: {
          zh: '合并为一项，统一名称和目标值',
          en: 'Merge them into one, with one name and one target',
        },
      });
    }
  },
};

/** The duplicate rule family. */
export const DUPLICATE_RULES: readonly RuleDefinition[] = [
  duplicateIndicator,
  conflictingIndicator,
  indicatorInTwoCategories,
  nearDuplicate,
];
