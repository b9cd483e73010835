import type { Bilingual } from './message.js';

/**
 * Third-party evaluation (第三方评价): assigning evaluators to projects and recording their
 * evaluation. Each error key is a stable `error.code` of the API.
 */
export const ASSIGNMENT_ERRORS = {
  notEvaluator: {
    zh: '“{name}”不是第三方评价机构或其评价人员，不能指派评价项目。',
    en: '"{name}" is not an evaluator or an evaluating organisation; it cannot be assigned a project.',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** The codes of `ASSIGNMENT_ERRORS`. */
export type AssignmentErrorCode = keyof typeof ASSIGNMENT_ERRORS;

/** Names of what may not be found, for the API's `notFound` message. */
export const ASSIGNMENT_ENTITIES = {
  assignment: { zh: '评价指派', en: 'assignment' },
  evaluator: { zh: '评价人员或机构', en: 'evaluator' },
} as const satisfies Readonly<Record<string, Bilingual>>;

/** What `jixiao assign` prints. */
export const ASSIGNMENT_CLI = {
  assigned: {
    zh: '已将项目“{project}”指派给“{name}”进行第三方评价。',
    en: 'Assigned the project "{project}" to "{name}" for third-party evaluation.',
  },
  alreadyAssigned: {
    zh: '项目“{project}”已指派给“{name}”，未作改动。',
    en: 'The project "{project}" is already assigned to "{name}"; nothing changed.',
  },
  unassigned: {
    zh: '已取消“{name}”对项目“{project}”的评价指派。',
    en: 'Removed the assignment of "{name}" to the project "{project}".',
  },
  notAssigned: {
    zh: '项目“{project}”没有指派给“{name}”。',
    en: 'The project "{project}" is not assigned to "{name}".',
  },
  projectNotFound: { zh: '找不到项目“{project}”。', en: 'No project "{project}".' },
  assigneeRequired: {
    zh: '请用 --evaluator 指定评价人员，或用 --org 指定评价机构（二选一）。',
    en: 'Name an evaluator with --evaluator or an evaluating organisation with --org (one of them).',
  },
} as const satisfies Readonly<Record<string, Bilingual>>;
