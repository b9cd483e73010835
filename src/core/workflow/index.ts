/** The review workflow: states, transitions as data, and locks. */
export {
  isEditable,
  type LockReason,
  lockOf,
  PROJECT_STATES,
  type ProjectState,
} from './states.js';
export {
  availableActions,
  decideTransition,
  TRANSITIONS,
  type TransitionDecision,
  type TransitionRule,
  WORKFLOW_ACTIONS,
  type WorkflowAction,
} from './transitions.js';
