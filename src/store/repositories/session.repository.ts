/**
 * Sessions and API tokens: secrets handed to a client, stored only as SHA-256 hashes. Session
 * rows and sign-in counters are login bookkeeping written directly, not through the audited
 * door; creating an API token is a change and is audited.
 */

import type { Actor, Role } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';

/** A session found by its secret's hash. */
export interface SessionActor {
  readonly actor: Actor;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Stores a new session. */
export async function insertSession(
  q: Queryable,
  input: {
    readonly id: string;
    readonly userId: string;
    readonly orgId: string | null;
    readonly csrfToken: string;
    readonly now: string;
    readonly expiresAt: string;
  },
): Promise<void> {
  await q
    .insertInto('sessions')
    .values({
      id: input.id,
      user_id: input.userId,
      org_id: input.orgId,
      csrf_token: input.csrfToken,
      created_at: input.now,
      expires_at: input.expiresAt,
    })
    .execute();
}

/** The actor of a live session, in one query; undefined when unknown or expired. */
export async function findSessionActor(
  q: Queryable,
  id: string,
  now: string,
): Promise<SessionActor | undefined> {
  const row = await q
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .select([
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.org_id',
      'orgs.path as org_path',
      'sessions.csrf_token',
      'sessions.expires_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    actor: {
      userId: row.user_id,
      username: row.username,
      role: row.role as Role,
      orgId: row.org_id,
      orgPath: row.org_path,
    },
    csrfToken: row.csrf_token,
    expiresAt: row.expires_at,
  };
}

/** Ends a session. */
export async function deleteSession(q: Queryable, id: string): Promise<void> {
  await q.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Forgets expired sessions (run on sign-in, so the table does not grow without bound). */
export async function deleteExpiredSessions(q: Queryable, now: string): Promise<void> {
  await q.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** Stores a new API token's hash. */
export async function insertApiToken(
  tx: WriteTx,
  input: {
    readonly tokenHash: string;
    readonly userId: string;
    readonly orgId: string | null;
    readonly name: string;
    readonly expiresAt: string | null;
  },
): Promise<{ readonly id: string }> {
  const id = tx.newId();
  await tx.trx
    .insertInto('api_tokens')
    .values({
      id,
      token_hash: input.tokenHash,
      user_id: input.userId,
      org_id: input.orgId,
      name: input.name,
      created_at: tx.now,
      expires_at: input.expiresAt,
    })
    .execute();
  tx.record({
    action: 'token.create',
    entity: 'api-token',
    entityId: id,
    orgId: input.orgId,
    after: { userId: input.userId, name: input.name, expiresAt: input.expiresAt },
  });
  return { id };
}

/** The actor of a live API token, in one query. */
export async function findTokenActor(
  q: Queryable,
  tokenHash: string,
  now: string,
): Promise<Actor | undefined> {
  const row = await q
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .select([
      'users.id as user_id',
      'users.username',
      'users.role',
      'users.org_id',
      'orgs.path as org_path',
      'api_tokens.expires_at',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row || (row.expires_at !== null && row.expires_at <= now)) return undefined;
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role as Role,
    orgId: row.org_id,
    orgPath: row.org_path,
  };
}

/** Counts a failed sign-in (and possibly a lock) on the account. */
export async function setLoginCounters(
  q: Queryable,
  userId: string,
  counters: { readonly failedLogins: number; readonly lockedUntil: string | null },
): Promise<void> {
  await q
    .updateTable('users')
    .set({ failed_logins: counters.failedLogins, locked_until: counters.lockedUntil })
    .where('id', '=', userId)
    .execute();
}
