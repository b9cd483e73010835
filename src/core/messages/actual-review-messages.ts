import type { Bilingual } from './message.js';

/**
 * Errors of a reviewer's correction of an actual (实际完成值): the correction is a new update
 * entered on behalf of the unit's author, so it needs a reason, must change something, and
 * must correct the value that is current. Each key is a stable `error.code` of the API.
 */
export const ACTUAL_CORRECTION_ERRORS = {
  correctionReasonRequired: {
    zh: '更正实际完成值时必须说明原因。',
    en: 'Say why when correcting an actual value.',
  },
  correctionUnchanged: {
    zh: '更正后的内容与当前填报相同，未保存。',
    en: 'The correction is the same as the current update; nothing was saved.',
  },
  updateSuperseded: {
    zh: '这条填报已不是“{name}”的当前值（已有更新的填报或已被退回），请刷新后再更正。',
    en: 'This update is no longer the current value of "{name}" (a newer one exists, or it was rejected); reload and correct the current one.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The codes of `ACTUAL_CORRECTION_ERRORS`. */
export type ActualCorrectionErrorCode = keyof typeof ACTUAL_CORRECTION_ERRORS;
