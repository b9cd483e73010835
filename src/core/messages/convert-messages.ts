import type { Bilingual } from './message.js';

/** Messages of mapping a table onto another framework (`jixiao convert`). */
export const CONVERT_MESSAGES = {
  missingCategory: {
    zh: '{framework}要求“{group}—{category}”，原表没有这类指标，请补充。',
    en: '{frameworkEn} requires "{group} / {category}" indicators; the table has none. Add them.',
  },
  noCategory: {
    zh: '第{index}个指标“{name}”的二级指标“{label}”无法对应到{framework}，已按一级指标归入“{group}”，请核对。',
    en: 'Indicator {index} "{name}": its level-2 label "{label}" has no place in {frameworkEn}; it was put under "{group}" by its level 1. Check it.',
  },
  noLevel: {
    zh: '第{index}个指标“{name}”没有可识别的一级、二级指标，保留原样放在表末，请归类。',
    en: 'Indicator {index} "{name}" has no recognisable level 1 or 2; kept as written at the end. Classify it.',
  },
  unknownFramework: {
    zh: '未知的指标体系“{value}”：可选 {choices}',
    en: 'Unknown framework "{value}": choose one of {choices}',
  },
  converted: {
    zh: '已转换为{framework}：{count} 个指标',
    en: 'Converted to {frameworkEn}: {count} indicators',
  },
} as const satisfies Record<string, Bilingual>;
