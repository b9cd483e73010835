/**
 * The review workflow as data: which action moves a table from which state to which, and who
 * may take it. Reviewing follows 财预〔2015〕88号: the supervising department checks first, then
 * the finance bureau; either may return the table with an opinion (审核意见).
 */

import type { Role } from '../policy/actor.js';
import type { ProjectState } from './states.js';

/** 提交 · 退回 · 审核通过/批复 · 公开 · 重新打开（调整） */
export const WORKFLOW_ACTIONS = ['submit', 'return', 'approve', 'publish', 'reopen'] as const;

export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** One allowed move. */
export interface TransitionRule {
  readonly action: WorkflowAction;
  readonly from: ProjectState;
  readonly to: ProjectState;
  readonly roles: readonly Role[];
  /** Returning without saying why helps nobody: the unit must know what to fix. */
  readonly commentRequired: boolean;
}

const rule = (
  action: WorkflowAction,
  from: ProjectState,
  to: ProjectState,
  roles: readonly Role[],
  commentRequired = false,
): TransitionRule => ({ action, from, to, roles, commentRequired });

/** Every allowed transition. Anything not listed is refused. */
export const TRANSITIONS: readonly TransitionRule[] = [
  rule('submit', 'draft', 'submitted', ['unit-filer']),
  rule('submit', 'returned', 'submitted', ['unit-filer']),
  rule('approve', 'submitted', 'department-approved', ['department-reviewer']),
  rule('return', 'submitted', 'returned', ['department-reviewer'], true),
  rule('approve', 'department-approved', 'approved', ['finance-reviewer']),
  rule('return', 'department-approved', 'returned', ['finance-reviewer'], true),
  rule('publish', 'approved', 'published', ['finance-reviewer']),
  // An approved table is locked; an administrator may open it again for an adjustment (调整),
  // an exception that is audited like every other transition and must say why.
  rule('reopen', 'approved', 'returned', ['admin'], true),
];

/** The outcome of asking to take an action now. */
export type TransitionDecision =
  | { readonly kind: 'allowed'; readonly rule: TransitionRule }
  /** The role never takes this action: 403. */
  | { readonly kind: 'not-your-role' }
  /** The role takes this action, but not from this state: 409. */
  | { readonly kind: 'not-now'; readonly from: readonly ProjectState[] }
  /** Allowed, but a comment is required and none was given: 400. */
  | { readonly kind: 'comment-required' };

/**
 * Decides whether `role` may take `action` on a table in `state`.
 * @example decideTransition('unit-filer', 'draft', 'submit', '').kind // 'allowed'
 */
export function decideTransition(
  role: Role,
  state: ProjectState,
  action: WorkflowAction,
  comment: string | null | undefined,
): TransitionDecision {
  const mine = TRANSITIONS.filter((t) => t.action === action && t.roles.includes(role));
  if (mine.length === 0) return { kind: 'not-your-role' };
  const now = mine.find((t) => t.from === state);
  if (!now) return { kind: 'not-now', from: mine.map((t) => t.from) };
  if (now.commentRequired && (comment ?? '').trim() === '') return { kind: 'comment-required' };
  return { kind: 'allowed', rule: now };
}

/** The actions `role` may take on a table in `state`, for showing buttons. */
export function availableActions(role: Role, state: ProjectState): WorkflowAction[] {
  return TRANSITIONS.filter((t) => t.from === state && t.roles.includes(role)).map((t) => t.action);
}
