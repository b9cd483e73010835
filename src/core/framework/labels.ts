/**
 * Reading category labels as people write them: 数量 / 数量指标 / 数量目标 / （一）数量指标 all
 * mean the same level 2. Labels are kept as written; these functions only map them.
 */

import type { FrameworkId } from './frameworks.js';
import { LEVEL1_OF, type Level1, type Level2 } from './taxonomy.js';

/** Strips numbering, brackets, spaces and the 指标/目标 suffix: "（一）数量指标：" → "数量". */
export function labelStem(label: string): string {
  return label
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[(（]?[一二三四五六七八九十\d]+[)）、.．]?/, '')
    .replace(/[：:]$/, '')
    .replace(/(?:指标|目标)$/, '');
}

const LEVEL2_STEMS: ReadonlyArray<readonly [RegExp, Level2]> = [
  [/^(?:数量|产出数量)$/, 'quantity'],
  [/^(?:质量|产出质量)$/, 'quality'],
  [/^(?:时效|进度|产出时效|时效性)$/, 'timeliness'],
  [/^(?:成本|产出成本|经济成本|社会成本|生态环境成本|环境成本|成本控制)$/, 'cost'],
  [/^经济效益$/, 'economic'],
  [/^社会效益$/, 'social'],
  [/^(?:生态效益|环境效益|生态环境效益)$/, 'ecological'],
  [/^(?:可持续影响|可持续发展|可持续|可持续影响力)$/, 'sustainability'],
  [/^(?:.{0,8}满意度|满意度)$/, 'satisfaction'],
];

const LEVEL1_STEMS: ReadonlyArray<readonly [RegExp, Level1 | 'input']> = [
  [/^产出$/, 'output'],
  [/^(?:效果|效益)$/, 'outcome'],
  [/^满意度$/, 'satisfaction'],
  [/^投入$/, 'input'],
];

/** The canonical level 2 of a written label, or null when it is not a category label. */
export function level2OfLabel(label: string | null | undefined): Level2 | null {
  if (!label) return null;
  const stem = labelStem(label);
  for (const [re, level2] of LEVEL2_STEMS) if (re.test(stem)) return level2;
  return null;
}

/**
 * The canonical level 1 of a written label. 投入 has no canonical level 1 of its own: its
 * categories (时效, 成本) are outputs, so it answers 'input' and the level 2 decides.
 */
export function level1OfLabel(label: string | null | undefined): Level1 | 'input' | null {
  if (!label) return null;
  const stem = labelStem(label);
  for (const [re, level1] of LEVEL1_STEMS) if (re.test(stem)) return level1;
  return null;
}

/** Level 1 of an indicator: from its level 2 when known (legacy 满意度 under 效果目标 → satisfaction). */
export function resolveLevel1(level1Label: string | null, level2: Level2 | null): Level1 | null {
  if (level2 !== null) return LEVEL1_OF[level2];
  const l1 = level1OfLabel(level1Label);
  return l1 === 'input' ? 'output' : l1;
}

/** Guesses the framework from the labels a table uses. */
export function detectFramework(labels: readonly (string | null)[]): FrameworkId {
  const written = labels.filter((l): l is string => Boolean(l)).map((l) => l.replace(/\s+/g, ''));
  if (written.some((l) => /^投入/.test(l))) return 'cn-input-output-outcome';
  if (written.some((l) => /^(?:产出|效益|满意度|数量|质量|时效|成本)指标$|效益指标$/.test(l)))
    return 'cn-2021';
  return 'cn-2019';
}
