import type { Bilingual } from './message.js';

/**
 * Imports running in the background (`POST /api/imports?async=1`). Each error key is a stable
 * `error.code`: of the request, or of a job that failed.
 */
export const IMPORT_JOB_ERRORS = {
  asyncDryRun: {
    zh: '预览（dryRun）会直接返回结果，不能同时要求后台导入（async）。',
    en: 'A dry run answers at once; it cannot also run in the background (async).',
  },
  importInterrupted: {
    zh: '导入“{file}”时服务器已停止，未保存任何内容。请重新上传。',
    en: 'The server stopped while importing "{file}"; nothing was stored. Upload it again.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The codes of `IMPORT_JOB_ERRORS`. */
export type ImportJobErrorCode = keyof typeof IMPORT_JOB_ERRORS;

/** Names of what may not be found, for the API's `notFound` message. */
export const IMPORT_JOB_ENTITIES = {
  importJob: { zh: '导入任务', en: 'import job' },
} as const satisfies Readonly<Record<string, Bilingual>>;
