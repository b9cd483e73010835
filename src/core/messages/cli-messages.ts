import type { Bilingual } from './message.js';

/** Words of the command line's human-readable output. */
export const CLI_MESSAGES = {
  project: { zh: '项目', en: 'Project' },
  department: { zh: '主管', en: 'Department' },
  framework: { zh: '指标体系', en: 'Framework' },
  indicators: { zh: '指标', en: 'indicators' },
  warnings: { zh: '警告', en: 'warnings' },
  tables: { zh: '张表', en: 'tables' },
  unknown: { zh: '（未填写）', en: '(not given)' },
  wrote: { zh: '已写入 {file}', en: 'Wrote {file}' },
  readFailed: { zh: '无法读取', en: 'Could not read' },
  unsupportedOut: {
    zh: '不支持的输出格式“{ext}”：请使用 .json、.csv 或 .xlsx',
    en: 'Unsupported output format "{ext}": use .json, .csv or .xlsx',
  },
} as const satisfies Record<string, Bilingual>;
