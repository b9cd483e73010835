/**
 * Mapping a table onto another framework's tree (`jixiao convert --to cn-2021`): every indicator
 * keeps its canonical level1/level2, its name, target and source, and takes the labels the
 * target framework prints (legacy 效果目标/满意度 → 满意度指标/服务对象满意度指标, 效果目标 →
 * 效益指标). Indicators are regrouped in the new tree's order; none is dropped. What the new tree
 * requires and the table lacks (成本指标 since 财预〔2021〕101号) is listed in the warnings.
 */

import { CONVERT_MESSAGES as M, render } from '../messages/index.js';
import type { Indicator, ReaderWarning, TargetTable } from '../table/target-table.js';
import { categoryOf, FRAMEWORKS, type Framework, type FrameworkId } from './frameworks.js';
import type { Level1, Level2 } from './taxonomy.js';

export interface Conversion {
  readonly table: TargetTable;
  /** What the conversion could not do or found missing; also appended to `table.warnings`. */
  readonly warnings: readonly ReaderWarning[];
}

/** The category an indicator with only a level 1 is filed under: 产出 → 数量, 效益 → 社会效益. */
const DEFAULT_LEVEL2: Readonly<Record<Level1, Level2>> = {
  output: 'quantity',
  outcome: 'social',
  satisfaction: 'satisfaction',
};

interface Placed {
  readonly indicator: Indicator;
  /** Position of its category in the new tree; Infinity for the unclassifiable. */
  readonly order: number;
  readonly warning?: ReaderWarning;
}

function warn(code: keyof typeof M, params: Record<string, string | number>): ReaderWarning {
  const text = render(M[code], params);
  return { code, message: text.zh, messageEn: text.en };
}

function place(framework: Framework, indicator: Indicator, index: number): Placed {
  const order = (level2: Level2): number => {
    let k = 0;
    for (const group of framework.groups)
      for (const category of group.categories) {
        if (category.level2 === level2) return k;
        k += 1;
      }
    return Number.POSITIVE_INFINITY;
  };
  const names = {
    index: index + 1,
    name: indicator.name.slice(0, 40),
    framework: framework.name.zh,
    frameworkEn: framework.name.en,
  };
  if (indicator.level2 !== null) {
    const found = categoryOf(framework, indicator.level2);
    if (found)
      return {
        indicator: {
          ...indicator,
          level1Label: found.group.label,
          level2Label: found.category.label,
        },
        order: order(indicator.level2),
      };
  }
  const byLevel1 = indicator.level1 && categoryOf(framework, DEFAULT_LEVEL2[indicator.level1]);
  if (byLevel1) {
    return {
      indicator: { ...indicator, level1Label: byLevel1.group.label },
      // After the group's last category, before the next group.
      order: order(byLevel1.category.level2) + 0.5,
      warning: warn('noCategory', {
        ...names,
        label: indicator.level2Label ?? '',
        group: byLevel1.group.label,
      }),
    };
  }
  return {
    indicator,
    order: Number.POSITIVE_INFINITY,
    warning: warn('noLevel', names),
  };
}

/** Required categories of the new tree that no indicator fills. */
function missingCategories(
  framework: Framework,
  indicators: readonly Indicator[],
): ReaderWarning[] {
  const present = new Set(indicators.map((i) => i.level2));
  const warnings: ReaderWarning[] = [];
  for (const group of framework.groups)
    for (const category of group.categories)
      if (category.required && !present.has(category.level2))
        warnings.push(
          warn('missingCategory', {
            framework: framework.name.zh,
            frameworkEn: framework.name.en,
            group: group.label,
            category: category.label,
          }),
        );
  return warnings;
}

/**
 * Maps a table onto the tree of framework `to`.
 * @example convertTable(seed, 'cn-2021').table.indicators[0].level1Label // '产出指标'
 */
export function convertTable(table: TargetTable, to: FrameworkId): Conversion {
  const framework = FRAMEWORKS[to];
  const placed = table.indicators.map((indicator, k) => place(framework, indicator, k));
  // A stable sort: within a category, indicators keep the order the unit wrote them in.
  const ordered = placed
    .map((p, k) => ({ p, k }))
    .sort((a, b) => a.p.order - b.p.order || a.k - b.k)
    .map(({ p }) => p.indicator);
  const warnings = [
    ...placed.flatMap((p) => (p.warning ? [p.warning] : [])),
    ...missingCategories(framework, table.indicators),
  ];
  return {
    table: {
      ...table,
      framework: to,
      indicators: ordered,
      warnings: [...table.warnings, ...warnings],
    },
    warnings,
  };
}
