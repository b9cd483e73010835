/**
 * The authorisation matrix's rows for third-party evaluation (assignments and evaluations),
 * spread into the matrix of test/server/authorization-matrix.test.ts. The matrix assigns its
 * inside evaluator to every fixture project (and never the outside one), so "in:evaluator" is
 * an assigned evaluator. Expected statuses are written out by hand: finance and
 * administrators assign, assigned evaluators evaluate, everyone who sees the project reads,
 * outside scope is 404.
 */

import { write } from '../../../src/store/mutate.js';
import { insertAssignment } from '../../../src/store/repositories/assignment.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { buildUser, SETUP, type Tree } from '../../support/factories.js';
import { type MatrixFixture, type MatrixRow, scoped } from '../matrix.js';
import { assignEvaluator } from './support.js';

/** A row of the matrix. */
export type EvaluationRow = MatrixRow;

const ASSIGNERS = (ok: number) =>
  scoped({
    admin: ok,
    'finance-reviewer': ok,
    'department-reviewer': 403,
    'unit-filer': 403,
    evaluator: 403,
  });

/** Assigns the fixture project to the matrix's inside evaluator (every fixture gets this). */
export function assignInsideEvaluator(
  store: Store,
  project: ProjectRecord,
  tree: Tree,
): Promise<string> {
  return assignEvaluator(store, project, tree.evaluator);
}

/** The rows of the assignment and evaluation routes. */
export function evaluationRows(deps: {
  readonly store: () => Store;
}): Record<string, EvaluationRow> {
  const p = (f: MatrixFixture, rest: string) => `/api/projects/${f.project.id}${rest}`;
  const read = (rest: string): EvaluationRow => ({
    state: 'approved',
    request: (f) => ({ method: 'GET', url: p(f, rest) }),
    expect: scoped({
      admin: 200,
      'finance-reviewer': 200,
      'department-reviewer': 200,
      'unit-filer': 200,
      evaluator: 200,
    }),
  });
  /** A second evaluator of the bureau, made for the row (never assigned before). */
  const freshEvaluator = (f: MatrixFixture) =>
    buildUser(deps.store(), { role: 'evaluator', org: f.tree.finance });
  return {
    'GET /api/projects/:id/assignments': read('/assignments'),
    'GET /api/projects/:id/evaluation': read('/evaluation'),
    'POST /api/projects/:id/assignments': {
      state: 'approved',
      request: async (f) => ({
        method: 'POST',
        url: p(f, '/assignments'),
        body: { userId: (await freshEvaluator(f)).user.id },
      }),
      expect: ASSIGNERS(201),
    },
    'DELETE /api/projects/:id/assignments/:assignmentId': {
      state: 'approved',
      request: async (f) => {
        const other = await freshEvaluator(f);
        const id = await write(deps.store().db, SETUP, {}, (tx) =>
          insertAssignment(tx, f.project, {
            kind: 'user',
            id: other.user.id,
            name: other.user.username,
          }),
        );
        return { method: 'DELETE', url: p(f, `/assignments/${id}`) };
      },
      expect: ASSIGNERS(204),
    },
    'PUT /api/projects/:id/evaluation': {
      state: 'approved',
      request: (f) => ({
        method: 'PUT',
        url: p(f, '/evaluation'),
        body: { score: 86.5, opinion: '绩效目标基本实现，佐证材料较完整。' },
      }),
      expect: scoped({
        admin: 403,
        'finance-reviewer': 403,
        'department-reviewer': 403,
        'unit-filer': 403,
        evaluator: 200,
      }),
    },
  };
}
