/**
 * Errors of the year's records: codes from the catalogue (core/messages, self-evaluation), each
 * with its HTTP status, sent in the API's one error shape.
 */

import {
  type MessageParams,
  render,
  SELF_EVALUATION_ENTITIES,
  SELF_EVALUATION_ERRORS,
  type SelfEvaluationErrorCode,
} from '../../core/messages/index.js';
import { ApiError, apiError } from '../errors.js';

/** The status each code is sent with. */
export const RECORDS_ERROR_STATUS: Readonly<Record<SelfEvaluationErrorCode, number>> = {
  selfEvaluationNotOpen: 409,
  actualInvalid: 400,
  indicatorMismatch: 409,
  ownUpdate: 403,
  alreadyReviewed: 409,
  reviewCommentRequired: 400,
  evidenceTooLarge: 413,
  evidenceEmpty: 400,
  evidenceForbidden: 415,
  evidenceStoreUnconfigured: 503,
  evidenceBlobMissing: 500,
  checkpointUnknown: 404,
  monitoringClosed: 409,
  monitoringNotClosed: 409,
  reopenReasonRequired: 400,
  rectificationNotAllowed: 409,
  rectificationInvalid: 400,
  rectificationChanged: 409,
  notRequester: 403,
  notSatisfaction: 400,
  surveyClosed: 409,
  surveyAnswered: 409,
  surveyInvitationUsed: 409,
  surveyNotFound: 404,
  surveyNeedsCookie: 400,
  surveyAnswerRequired: 400,
  surveyAddressLimit: 429,
};

/** An error of the year's records, with its usual status. */
export function recordsError(
  code: SelfEvaluationErrorCode,
  params: MessageParams = {},
  details?: unknown,
): ApiError {
  return new ApiError(
    code,
    RECORDS_ERROR_STATUS[code],
    render(SELF_EVALUATION_ERRORS[code], params),
    details,
  );
}

/** 404 for a record of a project the caller may see (the project's own 404 comes first). */
export function recordNotFound(what: keyof typeof SELF_EVALUATION_ENTITIES): ApiError {
  const name = SELF_EVALUATION_ENTITIES[what];
  return apiError('notFound', { what: name.zh, whatEn: name.en });
}
