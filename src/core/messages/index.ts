/**
 * The message catalogue: every user-facing text of jixiao, Chinese first, English second.
 * Each area keeps its messages in its own file here; this module is the one door to them.
 */

export {
  ACTUAL_CORRECTION_ERRORS,
  type ActualCorrectionErrorCode,
} from './actual-review-messages.js';
export {
  ASSIGNMENT_CLI,
  ASSIGNMENT_ENTITIES,
  ASSIGNMENT_ERRORS,
  type AssignmentErrorCode,
} from './assignment-messages.js';
export { CLI_MESSAGES } from './cli-messages.js';
export { CONVERT_MESSAGES } from './convert-messages.js';
export { FORM_LABELS, WRITE_MESSAGES } from './form-messages.js';
export {
  IMPORT_JOB_ENTITIES,
  IMPORT_JOB_ERRORS,
  type ImportJobErrorCode,
} from './import-job-messages.js';
export { type Bilingual, both, type Language, type MessageParams, render } from './message.js';
export {
  DEVIATION_CATEGORY_NAMES,
  LIGHT_NAMES,
  LIKELIHOOD_NAMES,
  MONITORING_EXPLAIN,
  MONITORING_FINDINGS,
  MONITORING_INPUT_MESSAGES,
  MONITORING_WORDS,
  periodName,
  RECTIFICATION_ACTION_NAMES,
  RECTIFICATION_ERRORS,
  RECTIFICATION_STATE_NAMES,
} from './monitoring-messages.js';
export { READ_MESSAGES, type ReadMessageCode } from './read-messages.js';
export { REVIEW_MESSAGES } from './review-messages.js';
export {
  GRADE_NAMES,
  SCORE_EXPLAIN,
  SCORE_FINDINGS,
  SCORE_WORDS,
  SCORING_PROFILE_MESSAGES,
  TIER_NAMES,
} from './scoring-messages.js';
export {
  EVIDENCE_REFUSALS,
  type EvidenceRefusal,
  SELF_EVALUATION_ENTITIES,
  SELF_EVALUATION_ERRORS,
  SELF_EVALUATION_LABELS,
  type SelfEvaluationErrorCode,
  SURVEY_ANSWER_NAMES,
  SURVEY_PAGE,
} from './self-evaluation-messages.js';
export {
  ADMIN_MESSAGES,
  ENTITY_NAMES,
  SERVER_LABELS,
  SERVER_MESSAGES,
  type ServerErrorCode,
} from './server-messages.js';
export { VALUE_NOTE_MESSAGES } from './value-messages.js';
export * from './web-messages.js';
export { WORKFLOW_MESSAGES } from './workflow-messages.js';
