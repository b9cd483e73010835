/**
 * Evaluators see assigned projects only: tests that let an evaluator read a project assign it
 * first, through the store as test setup.
 */

import { write } from '../../../src/store/mutate.js';
import { insertAssignment } from '../../../src/store/repositories/assignment.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { type BuiltUser, SETUP } from '../../support/factories.js';

/** Assigns the project to an evaluator account; returns the assignment's id. */
export function assignEvaluator(
  store: Store,
  project: ProjectRecord,
  evaluator: BuiltUser,
): Promise<string> {
  return write(store.db, SETUP, {}, (tx) =>
    insertAssignment(tx, project, {
      kind: 'user',
      id: evaluator.user.id,
      name: evaluator.user.username,
    }),
  );
}
