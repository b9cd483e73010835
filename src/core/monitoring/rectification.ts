/**
 * 整改 (rectification) as a pure state machine: a reviewer requests it, the unit states its
 * measures and then the result, and a reviewer closes it or returns it. Every step keeps who
 * and when; nobody closes a rectification on a result they submitted themselves.
 */

import { type Bilingual, render } from '../messages/message.js';
import {
  RECTIFICATION_ERRORS as R,
  RECTIFICATION_ACTION_NAMES,
  RECTIFICATION_STATE_NAMES,
} from '../messages/monitoring-messages.js';
import type { DeviationCategory } from './monitoring-profile.js';

export type RectificationState = 'requested' | 'measures' | 'result' | 'closed';

/** What can be done to a rectification after it was requested. */
export type RectificationAction = 'submit-measures' | 'submit-result' | 'return' | 'close';

export interface RectificationStep {
  readonly action: 'request' | RectificationAction;
  /** Who did it: a user id or name, as the server knows it. */
  readonly by: string;
  /** When: an ISO timestamp from an injected clock. */
  readonly at: string;
  readonly text: string;
}

export interface Rectification {
  readonly id: string;
  /** Indexes of the indicators concerned; empty for the budget execution or the whole table. */
  readonly indicators: readonly number[];
  readonly category: DeviationCategory | null;
  readonly dueDate: string | null;
  readonly state: RectificationState;
  readonly steps: readonly RectificationStep[];
}

/** Why a step was refused. */
export type RectificationErrorCode =
  | 'not-allowed'
  | 'text-required'
  | 'text-too-long'
  | 'by-required'
  | 'bad-time'
  | 'time-order'
  | 'own-result';

export type RectificationResult =
  | { readonly ok: true; readonly rectification: Rectification }
  | { readonly ok: false; readonly code: RectificationErrorCode; readonly error: Bilingual };

/** Which action leads where from each state; anything else is refused. Held as data. */
export const RECTIFICATION_TRANSITIONS: Readonly<
  Record<RectificationState, Partial<Record<RectificationAction, RectificationState>>>
> = {
  requested: { 'submit-measures': 'measures' },
  // A reviewer may send weak measures or an unconvincing result back a step.
  measures: { 'submit-result': 'result', return: 'requested' },
  result: { close: 'closed', return: 'measures' },
  closed: {},
};

/** Steps that must say something; closing may be silent. */
const TEXT_REQUIRED: ReadonlySet<RectificationStep['action']> = new Set([
  'request',
  'submit-measures',
  'submit-result',
  'return',
]);

/** The longest text a step may carry, in characters. */
export const MAX_RECTIFICATION_TEXT = 4000;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function refuse(code: RectificationErrorCode, error: Bilingual): RectificationResult {
  return { ok: false, code, error };
}

function checkStep(
  step: RectificationStep,
  last: RectificationStep | undefined,
): RectificationResult | null {
  const action = RECTIFICATION_ACTION_NAMES[step.action];
  if (step.by.trim() === '') return refuse('by-required', R.byRequired);
  if (!ISO_TIME.test(step.at) || Number.isNaN(Date.parse(step.at)))
    return refuse('bad-time', render(R.badTime, { at: step.at }));
  if (last && Date.parse(step.at) < Date.parse(last.at))
    return refuse('time-order', render(R.timeOrder, { at: step.at, last: last.at }));
  if (TEXT_REQUIRED.has(step.action) && step.text.trim() === '')
    return refuse(
      'text-required',
      render(R.textRequired, { action: action.zh, actionEn: action.en }),
    );
  if (step.text.length > MAX_RECTIFICATION_TEXT)
    return refuse('text-too-long', render(R.textTooLong, { max: MAX_RECTIFICATION_TEXT }));
  return null;
}

/**
 * Opens a rectification (整改要求): what must be put right, about which indicators, by when.
 * @example requestRectification({ id: 'r1', by: 'reviewer', at: '2024-08-01T09:00:00Z', text: '…' })
 */
export function requestRectification(request: {
  readonly id: string;
  readonly by: string;
  readonly at: string;
  readonly text: string;
  readonly indicators?: readonly number[];
  readonly category?: DeviationCategory | null;
  readonly dueDate?: string | null;
}): RectificationResult {
  const step: RectificationStep = {
    action: 'request',
    by: request.by,
    at: request.at,
    text: request.text,
  };
  const refused = checkStep(step, undefined);
  if (refused) return refused;
  return {
    ok: true,
    rectification: {
      id: request.id,
      indicators: [...(request.indicators ?? [])],
      category: request.category ?? null,
      dueDate: request.dueDate ?? null,
      state: 'requested',
      steps: [step],
    },
  };
}

/**
 * Takes one step (措施, 结果, 退回, 销号). Returns the new rectification, or why the step is
 * refused; the one given is never changed.
 */
export function applyRectification(
  rectification: Rectification,
  step: { readonly action: RectificationAction } & Omit<RectificationStep, 'action'>,
): RectificationResult {
  const next = RECTIFICATION_TRANSITIONS[rectification.state][step.action];
  if (next === undefined) {
    const state = RECTIFICATION_STATE_NAMES[rectification.state];
    const action = RECTIFICATION_ACTION_NAMES[step.action];
    return refuse(
      'not-allowed',
      render(R.notAllowed, {
        state: state.zh,
        stateEn: state.en,
        action: action.zh,
        actionEn: action.en,
      }),
    );
  }
  const refused = checkStep(step, rectification.steps.at(-1));
  if (refused) return refused;
  if (step.action === 'close') {
    // Nobody approves their own update (DESIGN, "Lessons").
    const result = rectification.steps.findLast((s) => s.action === 'submit-result');
    if (result && result.by === step.by)
      return refuse('own-result', render(R.ownResult, { by: step.by }));
  }
  return {
    ok: true,
    rectification: { ...rectification, state: next, steps: [...rectification.steps, { ...step }] },
  };
}
