/**
 * The shapes of the authorisation matrix (test/server/authorization-matrix.test.ts) and the
 * helpers that fill in its expected statuses, shared by the files that add rows to it.
 */

import { ROLES, type Role } from '../../src/core/policy/actor.js';
import type { ProjectState } from '../../src/core/workflow/states.js';
import type { ProjectRecord } from '../../src/store/repositories/project.repository.js';
import type { BuiltUser, Tree } from '../support/factories.js';

/** Who calls: nobody, or a user of a role inside or outside the project's subtree. */
export type Caller = 'anonymous' | `${'in' | 'out'}:${Role}`;

export const CALLERS: readonly Caller[] = [
  'anonymous',
  ...ROLES.map((r) => `in:${r}` as const),
  ...ROLES.map((r) => `out:${r}` as const),
];

/** What one case sends. */
export interface MatrixRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly url: string;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
  /** Sign in afresh first (the request ends the session). */
  readonly fresh?: boolean;
}

/** What a case may use: the fixture project (made anew for every write) and the tree. */
export interface MatrixFixture {
  readonly project: ProjectRecord;
  readonly tree: Tree;
  readonly victim: BuiltUser;
  readonly caller: Caller;
  readonly user: BuiltUser | null;
}

/** One row of the matrix: the request, the project state it needs, and the statuses. */
export interface MatrixRow {
  readonly state: ProjectState;
  readonly request: (f: MatrixFixture) => MatrixRequest | Promise<MatrixRequest>;
  readonly expect: Readonly<Record<Caller, number>>;
}

/** The same status for every signed-in caller. */
export const all = (anon: number, signedIn: number): Record<Caller, number> =>
  Object.fromEntries(CALLERS.map((c) => [c, c === 'anonymous' ? anon : signedIn])) as Record<
    Caller,
    number
  >;

/** Statuses by role inside scope; outside scope everything is 404 (existence never leaks). */
export const scoped = (
  inside: Readonly<Record<Role, number>>,
  outside: number | Readonly<Record<Role, number>> = 404,
) =>
  Object.fromEntries(
    CALLERS.map((c) => {
      if (c === 'anonymous') return [c, 401];
      const [where, role] = c.split(':') as ['in' | 'out', Role];
      if (where === 'in') return [c, inside[role]];
      return [c, typeof outside === 'number' ? outside : outside[role]];
    }),
  ) as Record<Caller, number>;
