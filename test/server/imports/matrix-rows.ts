/**
 * The authorisation matrix's row for following an import in the background, spread into the
 * matrix of test/server/authorization-matrix.test.ts. A job is scoped like the draft it
 * creates: the unit, finance and administrators see it; a department (drafts are the unit's)
 * and evaluators do not; outside scope everything is 404.
 */

import type { Role } from '../../../src/core/policy/actor.js';
import type { ProjectState } from '../../../src/core/workflow/states.js';
import { insertImportJob } from '../../../src/store/repositories/import-job.repository.js';
import type { Store } from '../../../src/store/store.js';
import { type Tree, unique } from '../../support/factories.js';
import { type Caller, scoped } from '../matrix.js';

/** A row of the matrix, shaped as the matrix test's own rows. */
export interface ImportJobRow {
  readonly state: ProjectState;
  readonly request: (f: { readonly tree: Tree }) => Promise<{ method: 'GET'; url: string }>;
  readonly expect: Readonly<Record<Caller, number>>;
}

const INSIDE: Readonly<Record<Role, number>> = {
  admin: 200,
  'finance-reviewer': 200,
  'department-reviewer': 404,
  'unit-filer': 200,
  evaluator: 404,
};

/** The row of `GET /api/imports/jobs/:id`: a job of unit A, made for each request. */
export function importJobRows(deps: { readonly store: () => Store }): Record<string, ImportJobRow> {
  return {
    'GET /api/imports/jobs/:id': {
      state: 'submitted',
      request: async (f) => {
        const id = unique('job');
        await insertImportJob(deps.store().db, {
          id,
          orgId: f.tree.unitA.id,
          createdBy: f.tree.filerA.user.id,
          createdByName: f.tree.filerA.user.username,
          fileName: 'table.xlsx',
          size: 1,
          createdAt: new Date().toISOString(),
        });
        return { method: 'GET', url: `/api/imports/jobs/${id}` };
      },
      expect: scoped(INSIDE),
    },
  };
}
