/**
 * 整改 (rectification) as a pure state machine: a reviewer requests it, the unit states its
 * measures and then the result, and a reviewer closes it or returns it. Every step keeps who
 * and when; nobody closes a rectification on a result they submitted themselves.
 */

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
