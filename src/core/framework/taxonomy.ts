/** The canonical indicator taxonomy (cn-2021 shape) every framework maps onto. */

export type Level1 = 'output' | 'outcome' | 'satisfaction';

export type Level2 =
  | 'quantity'
  | 'quality'
  | 'timeliness'
  | 'cost'
  | 'economic'
  | 'social'
  | 'ecological'
  | 'sustainability'
  | 'satisfaction';

export const LEVEL1S: readonly Level1[] = ['output', 'outcome', 'satisfaction'];

export const LEVEL2S: readonly Level2[] = [
  'quantity',
  'quality',
  'timeliness',
  'cost',
  'economic',
  'social',
  'ecological',
  'sustainability',
  'satisfaction',
];

/** Level 1 follows from level 2 when a table leaves the first column empty (merged cells). */
export const LEVEL1_OF: Readonly<Record<Level2, Level1>> = {
  quantity: 'output',
  quality: 'output',
  timeliness: 'output',
  cost: 'output',
  economic: 'outcome',
  social: 'outcome',
  ecological: 'outcome',
  sustainability: 'outcome',
  satisfaction: 'satisfaction',
};

/** Chinese and English names of the canonical categories, for reports and the UI. */
export const LEVEL1_NAME: Readonly<Record<Level1, { zh: string; en: string }>> = {
  output: { zh: '产出', en: 'Output' },
  outcome: { zh: '效益', en: 'Outcome' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
};

export const LEVEL2_NAME: Readonly<Record<Level2, { zh: string; en: string }>> = {
  quantity: { zh: '数量', en: 'Quantity' },
  quality: { zh: '质量', en: 'Quality' },
  timeliness: { zh: '时效', en: 'Timeliness' },
  cost: { zh: '成本', en: 'Cost' },
  economic: { zh: '经济效益', en: 'Economic benefit' },
  social: { zh: '社会效益', en: 'Social benefit' },
  ecological: { zh: '生态效益', en: 'Ecological benefit' },
  sustainability: { zh: '可持续影响', en: 'Sustainable impact' },
  satisfaction: { zh: '满意度', en: 'Satisfaction' },
};
