/**
 * Moves a stored project along the workflow's own transitions to a state, as reviewers would:
 * every step is a real `applyTransition`, with a comment where the rule asks for one.
 */

import type { ProjectState } from '../../src/core/workflow/states.js';
import { TRANSITIONS } from '../../src/core/workflow/transitions.js';
import { type WriteServices, write } from '../../src/store/mutate.js';
import {
  applyTransition,
  type ProjectRecord,
} from '../../src/store/repositories/project.repository.js';
import type { Store } from '../../src/store/store.js';
import { SETUP } from './factories.js';

/** The transitions from draft to each state. */
const PATH_TO: Readonly<Record<ProjectState, readonly (readonly [ProjectState, ProjectState])[]>> =
  {
    draft: [],
    submitted: [['draft', 'submitted']],
    returned: [
      ['draft', 'submitted'],
      ['submitted', 'returned'],
    ],
    'department-approved': [
      ['draft', 'submitted'],
      ['submitted', 'department-approved'],
    ],
    approved: [
      ['draft', 'submitted'],
      ['submitted', 'department-approved'],
      ['department-approved', 'approved'],
    ],
    published: [
      ['draft', 'submitted'],
      ['submitted', 'department-approved'],
      ['department-approved', 'approved'],
      ['approved', 'published'],
    ],
  };

/** `project` (a draft) moved to `state`; `services` sets the clock of the steps. */
export async function moveTo(
  store: Store,
  project: ProjectRecord,
  state: ProjectState,
  services: WriteServices = {},
): Promise<ProjectRecord> {
  let moved = project;
  for (const [from, to] of PATH_TO[state]) {
    const rule = TRANSITIONS.find((t) => t.from === from && t.to === to)!;
    moved = (await write(store.db, SETUP, services, (tx) =>
      applyTransition(tx, moved, rule, rule.commentRequired ? '意见' : null),
    ))!;
  }
  return moved;
}
