/** Authorisation as pure predicates, one file per entity. */

export {
  type Actor,
  childKindOf,
  childPath,
  inScope,
  ORG_KINDS,
  type OrgKind,
  ROLES,
  type Role,
} from './actor.js';
export { canCorrectActual, canReviewUpdate, type UpdateAuthors } from './actual.policy.js';
export {
  type AssigneeDecision,
  type AssigneeFacts,
  canAssign,
  canAssignEvaluators,
  canEvaluate,
  memberOrgIds,
} from './assignment.policy.js';
export {
  canCloseMonitoring,
  canReadActuals,
  canReopenMonitoring,
  canRequestRectification,
  canReviewActual,
  canStepRectification,
  canWriteActuals,
  filesRecords,
  isSelfEvaluationOpen,
  type ReviewDecision,
  reviewsProject,
} from './evidence.policy.js';
export { canViewImportJob, type ImportJobScope } from './import-job.policy.js';
export {
  afterFailedLogin,
  DEFAULT_LOCKOUT,
  isLocked,
  type LockoutPolicy,
} from './login.policy.js';
export { canAddOrg, canViewOrg, type OrgFacts } from './org.policy.js';
export {
  canCommentProject,
  canCreateProjectIn,
  canEditTable,
  canViewProject,
  isPublic,
  type OrgScope,
  type ProjectScope,
  visibleStates,
} from './project.policy.js';
export {
  canManageSurvey,
  countSatisfaction,
  isSatisfactionIndicator,
  isSurveyAnswer,
  SATISFIED_ANSWERS,
  type SatisfactionCount,
  SURVEY_ANSWERS,
  type SurveyAnswer,
  surveyActual,
} from './survey.policy.js';
export { canManageUser, canViewUsers, rolesForOrgKind, type UserOrgFacts } from './user.policy.js';
