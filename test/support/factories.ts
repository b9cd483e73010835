/**
 * Factories for tests: organisations, users and tables written through the real store, with
 * unique names so tests sharing a database never collide.
 */

import { randomBytes } from 'node:crypto';
import type { Actor, OrgKind, Role } from '../../src/core/policy/actor.js';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { hashPassword } from '../../src/store/accounts.js';
import { type AuditActor, write } from '../../src/store/mutate.js';
import { insertOrg, type Org } from '../../src/store/repositories/org.repository.js';
import {
  insertUser,
  type User,
  userToActor,
} from '../../src/store/repositories/user.repository.js';
import type { Store } from '../../src/store/store.js';
import { generateTables } from './corpus.js';

/** The actor of changes made by test setup. */
export const SETUP: AuditActor = { id: null, name: 'test-setup' };

/** A short random suffix for unique names. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Adds an organisation. */
export function buildOrg(
  store: Store,
  input: { readonly kind: OrgKind; readonly parent?: Org | null; readonly name?: string },
): Promise<Org> {
  return write(store.db, SETUP, {}, (tx) =>
    insertOrg(tx, {
      name: input.name ?? unique(input.kind),
      kind: input.kind,
      parent: input.parent ?? null,
    }),
  );
}

/** A user with the password they sign in with and the actor they act as. */
export interface BuiltUser {
  readonly user: User;
  readonly password: string;
  readonly actor: Actor;
}

/** Adds a user with a known password. */
export async function buildUser(
  store: Store,
  input: {
    readonly role: Role;
    readonly org: Org | null;
    readonly username?: string;
    readonly password?: string;
  },
): Promise<BuiltUser> {
  const password = input.password ?? `pw-${randomBytes(8).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  const user = await write(store.db, SETUP, {}, (tx) =>
    insertUser(tx, {
      username: input.username ?? unique(input.role),
      role: input.role,
      orgId: input.org?.id ?? null,
      passwordHash,
    }),
  );
  return { user, password, actor: userToActor(user, input.org?.path ?? null) };
}

/** The tree of the story: 财政局 → 科协 → two units, and one user of every role. */
export interface Tree {
  readonly finance: Org;
  readonly department: Org;
  readonly unitA: Org;
  readonly unitB: Org;
  /** A second department with its own unit: outside the first department's scope. */
  readonly otherDepartment: Org;
  readonly otherUnit: Org;
  readonly admin: BuiltUser;
  readonly financeReviewer: BuiltUser;
  readonly departmentReviewer: BuiltUser;
  readonly otherDepartmentReviewer: BuiltUser;
  readonly filerA: BuiltUser;
  readonly filerB: BuiltUser;
  readonly evaluator: BuiltUser;
}

/** Builds the story's tree in the store. */
export async function buildTree(store: Store): Promise<Tree> {
  const finance = await buildOrg(store, { kind: 'finance', name: unique('财政局') });
  const department = await buildOrg(store, {
    kind: 'department',
    parent: finance,
    name: unique('科协'),
  });
  const unitA = await buildOrg(store, {
    kind: 'unit',
    parent: department,
    name: unique('科协本级'),
  });
  const unitB = await buildOrg(store, {
    kind: 'unit',
    parent: department,
    name: unique('科普中心'),
  });
  const otherDepartment = await buildOrg(store, { kind: 'department', parent: finance });
  const otherUnit = await buildOrg(store, { kind: 'unit', parent: otherDepartment });
  return {
    finance,
    department,
    unitA,
    unitB,
    otherDepartment,
    otherUnit,
    admin: await buildUser(store, { role: 'admin', org: finance }),
    financeReviewer: await buildUser(store, { role: 'finance-reviewer', org: finance }),
    departmentReviewer: await buildUser(store, { role: 'department-reviewer', org: department }),
    otherDepartmentReviewer: await buildUser(store, {
      role: 'department-reviewer',
      org: otherDepartment,
    }),
    filerA: await buildUser(store, { role: 'unit-filer', org: unitA }),
    filerB: await buildUser(store, { role: 'unit-filer', org: unitB }),
    evaluator: await buildUser(store, { role: 'evaluator', org: finance }),
  };
}

/** A realistic generated table (deterministic for a given seed). */
export function buildTargetTable(seed = 1): TargetTable {
  return generateTables(1, seed)[0]!;
}
