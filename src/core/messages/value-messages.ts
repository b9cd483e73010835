import type { ValueNoteCode } from '../value/target-value.js';
import type { Bilingual } from './message.js';

/** What each note of the value parser means. */
export const VALUE_NOTE_MESSAGES: Readonly<Record<ValueNoteCode, Bilingual>> = {
  unreadable: {
    zh: '未能读出可度量的数值，按文字保存。',
    en: 'No measurable value could be read; kept as text.',
  },
  placeholder: {
    zh: '指标值是未填写的占位符（{text}）。',
    en: 'The value is a template placeholder ({text}).',
  },
  'comparator-typo': { zh: '“》”应为“≥”。', en: '"》" should be "≥".' },
  'year-assumed': {
    zh: '日期未写年份，按项目年度理解。',
    en: 'The date has no year; the project year was used.',
  },
  'year-unknown': {
    zh: '日期未写年份，且不知道项目年度。',
    en: 'The date has no year and the project year is unknown.',
  },
  'not-applicable': {
    zh: '填写为“不适用/无”，视为没有数值（不是 0）。',
    en: 'Marked not applicable: no value (not 0).',
  },
};
