/** User accounts. The password hash never leaves this file except to `accounts.ts`. */

import type { Selectable } from 'kysely';
import type { Actor, Role } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { UserTable } from '../tables/user.table.js';
import { underPath } from './scope.js';

/** A user as the domain sees it (no secret). */
export interface User {
  readonly id: string;
  readonly orgId: string | null;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
}

/** A user with the columns sign-in needs. */
export interface UserCredentials extends User {
  readonly passwordHash: string;
  readonly failedLogins: number;
  /** The organisation path, to build the actor without a second query. */
  readonly orgPath: string | null;
}

/** Maps a row to a `User`, dropping the secret. */
export function rowToUser(row: Selectable<UserTable>): User {
  return {
    id: row.id,
    orgId: row.org_id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
  };
}

/** The actor a user acts as. */
export function userToActor(user: User, orgPath: string | null): Actor {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    orgId: user.orgId,
    orgPath,
  };
}

/** Adds a user. The caller has checked the policy and hashed the password. */
export async function insertUser(
  tx: WriteTx,
  input: {
    readonly username: string;
    readonly displayName?: string | undefined;
    readonly role: Role;
    readonly orgId: string | null;
    readonly passwordHash: string;
  },
): Promise<User> {
  const row: Selectable<UserTable> = {
    id: tx.newId(),
    org_id: input.orgId,
    username: input.username,
    display_name: input.displayName ?? input.username,
    role: input.role,
    password_hash: input.passwordHash,
    failed_logins: 0,
    locked_until: null,
    created_at: tx.now,
  };
  await tx.trx.insertInto('users').values(row).execute();
  const user = rowToUser(row);
  tx.record({
    action: 'user.create',
    entity: 'user',
    entityId: user.id,
    orgId: user.orgId,
    after: { username: user.username, role: user.role, orgId: user.orgId },
  });
  return user;
}

/** One user by id. */
export async function findUser(q: Queryable, id: string): Promise<User | undefined> {
  const row = await q.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToUser(row);
}

/** One user by username, with the sign-in columns and the organisation path (one query). */
export async function findCredentials(
  q: Queryable,
  username: string,
): Promise<UserCredentials | undefined> {
  const row = await q
    .selectFrom('users')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .selectAll('users')
    .select('orgs.path as org_path')
    .where('users.username', '=', username)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...rowToUser(row),
    passwordHash: row.password_hash,
    failedLogins: row.failed_logins,
    orgPath: row.org_path,
  };
}

/** Users of the organisations inside `scopePath` (null: all), with their organisation's name. */
export async function listUsers(
  q: Queryable,
  scopePath: string | null,
  orgId?: string,
): Promise<(User & { readonly orgName: string | null })[]> {
  let query = q
    .selectFrom('users')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .selectAll('users')
    .select('orgs.name as org_name');
  if (scopePath !== null) query = query.where(underPath('orgs.path', scopePath));
  if (orgId !== undefined) query = query.where('users.org_id', '=', orgId);
  const rows = await query.orderBy('users.username').execute();
  return rows.map((row) => ({ ...rowToUser(row), orgName: row.org_name }));
}

/** Gives a user another role. */
export async function setUserRole(tx: WriteTx, user: User, role: Role): Promise<User> {
  await tx.trx.updateTable('users').set({ role }).where('id', '=', user.id).execute();
  tx.record({
    action: 'user.role',
    entity: 'user',
    entityId: user.id,
    orgId: user.orgId,
    before: { role: user.role },
    after: { role },
  });
  return { ...user, role };
}

/** Replaces a user's password hash, unlocks the account and ends every session of the user. */
export async function setUserPassword(
  tx: WriteTx,
  user: User,
  passwordHash: string,
): Promise<void> {
  await tx.trx
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null })
    .where('id', '=', user.id)
    .execute();
  await tx.trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  // The audit entry says that the password changed, never what it is or hashes to.
  tx.record({
    action: 'user.password',
    entity: 'user',
    entityId: user.id,
    orgId: user.orgId,
    after: { passwordChanged: true },
  });
}

/** True when no administrator exists yet (a fresh database). */
export async function hasAdministrator(q: Queryable): Promise<boolean> {
  const row = await q
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** One user with the name of their organisation (one query). */
export async function findUserWithOrg(
  q: Queryable,
  id: string,
): Promise<
  (User & { readonly orgName: string | null; readonly orgPath: string | null }) | undefined
> {
  const row = await q
    .selectFrom('users')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .selectAll('users')
    .select(['orgs.name as org_name', 'orgs.path as org_path'])
    .where('users.id', '=', id)
    .executeTakeFirst();
  return row && { ...rowToUser(row), orgName: row.org_name, orgPath: row.org_path };
}
