/**
 * Indicator frameworks as data: the trees printed on the forms, with their labels as written,
 * each level-2 node mapped onto the canonical taxonomy.
 */

import type { Level1, Level2 } from './taxonomy.js';

export type FrameworkId = 'cn-2019' | 'cn-2021' | 'cn-input-output-outcome';

export interface FrameworkCategory {
  /** Level-2 label as printed on this framework's form. */
  readonly label: string;
  readonly level1: Level1;
  readonly level2: Level2;
  /** Shown on a blank form and required by review (成本 from 2021, 财预〔2021〕101号). */
  readonly required: boolean;
}

export interface FrameworkGroup {
  /** Level-1 label as printed. */
  readonly label: string;
  readonly categories: readonly FrameworkCategory[];
}

export interface Framework {
  readonly id: FrameworkId;
  readonly name: { readonly zh: string; readonly en: string };
  readonly groups: readonly FrameworkGroup[];
}

const cat = (
  label: string,
  level1: Level1,
  level2: Level2,
  required = false,
): FrameworkCategory => ({
  label,
  level1,
  level2,
  required,
});

/** Legacy two-level tree, as on the seed (深圳 2019): 满意度 sits under 效果目标. */
export const CN_2019: Framework = {
  id: 'cn-2019',
  name: { zh: '项目绩效目标表（产出目标/效果目标）', en: 'Legacy tree (outputs / effects)' },
  groups: [
    {
      label: '产出目标',
      categories: [
        cat('数量', 'output', 'quantity', true),
        cat('质量', 'output', 'quality', true),
        cat('时效', 'output', 'timeliness', true),
        cat('成本', 'output', 'cost'),
      ],
    },
    {
      label: '效果目标',
      categories: [
        cat('经济效益', 'outcome', 'economic'),
        cat('社会效益', 'outcome', 'social', true),
        cat('生态效益', 'outcome', 'ecological'),
        cat('可持续影响', 'outcome', 'sustainability'),
        cat('满意度', 'satisfaction', 'satisfaction', true),
      ],
    },
  ],
};

/** Ministry of Finance tree since 2021 (财预〔2021〕101号): cost indicators are required. */
export const CN_2021: Framework = {
  id: 'cn-2021',
  name: { zh: '项目支出绩效目标表（财政部2021）', en: 'MoF 2021 tree' },
  groups: [
    {
      label: '产出指标',
      categories: [
        cat('数量指标', 'output', 'quantity', true),
        cat('质量指标', 'output', 'quality', true),
        cat('时效指标', 'output', 'timeliness', true),
        cat('成本指标', 'output', 'cost', true),
      ],
    },
    {
      label: '效益指标',
      categories: [
        cat('经济效益指标', 'outcome', 'economic'),
        cat('社会效益指标', 'outcome', 'social', true),
        cat('生态效益指标', 'outcome', 'ecological'),
        cat('可持续影响指标', 'outcome', 'sustainability'),
      ],
    },
    {
      label: '满意度指标',
      categories: [cat('服务对象满意度指标', 'satisfaction', 'satisfaction', true)],
    },
  ],
};

/** Regional layout with 投入 first: 时效 and 成本 are declared as inputs. */
export const CN_INPUT_OUTPUT_OUTCOME: Framework = {
  id: 'cn-input-output-outcome',
  name: { zh: '投入/产出/效果目标表', en: 'Inputs / outputs / effects tree' },
  groups: [
    {
      label: '投入目标',
      categories: [
        cat('时效目标', 'output', 'timeliness', true),
        cat('成本目标', 'output', 'cost'),
      ],
    },
    {
      label: '产出目标',
      categories: [
        cat('数量目标', 'output', 'quantity', true),
        cat('质量目标', 'output', 'quality', true),
      ],
    },
    {
      label: '效果目标',
      categories: [
        cat('经济效益', 'outcome', 'economic'),
        cat('社会效益', 'outcome', 'social', true),
        cat('生态效益', 'outcome', 'ecological'),
        cat('可持续影响', 'outcome', 'sustainability'),
        cat('满意度', 'satisfaction', 'satisfaction', true),
      ],
    },
  ],
};

export const FRAMEWORKS: Readonly<Record<FrameworkId, Framework>> = {
  'cn-2019': CN_2019,
  'cn-2021': CN_2021,
  'cn-input-output-outcome': CN_INPUT_OUTPUT_OUTCOME,
};

export const FRAMEWORK_IDS = Object.keys(FRAMEWORKS) as FrameworkId[];

export function isFrameworkId(x: unknown): x is FrameworkId {
  return typeof x === 'string' && x in FRAMEWORKS;
}

/** The category of a framework that holds a canonical level 2. */
export function categoryOf(
  framework: Framework,
  level2: Level2,
): { group: FrameworkGroup; category: FrameworkCategory } | null {
  for (const group of framework.groups) {
    for (const category of group.categories)
      if (category.level2 === level2) return { group, category };
  }
  return null;
}
