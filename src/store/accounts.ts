/**
 * Accounts: argon2id password hashes (@node-rs/argon2 ships prebuilt binaries), sign-in with
 * lockout, sessions and API tokens. Secrets handed out are random; only their SHA-256 is kept.
 */

import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { Actor } from '../core/policy/actor.js';
import {
  afterFailedLogin,
  DEFAULT_LOCKOUT,
  isLocked,
  type LockoutPolicy,
} from '../core/policy/login.policy.js';
import { sha256Hex } from './audit/chain.js';
import { type AuditActor, type WriteServices, write } from './mutate.js';
import {
  deleteExpiredSessions,
  insertApiToken,
  insertSession,
  setLoginCounters,
} from './repositories/session.repository.js';
import { findCredentials, type User, userToActor } from './repositories/user.repository.js';
import type { Database } from './tables/database.js';

/** `Algorithm.Argon2id`: a const enum, which isolated modules cannot read from the typings. */
const ARGON2ID = 2 as Algorithm;

/** The shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 8;

/** Hashes a password with argon2id (OWASP's recommended memory-hard function). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** A hash of nothing, verified against when the username is unknown so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
const getDummyHash = (): Promise<string> => {
  dummyHash ??= hash('jixiao-no-such-user', { algorithm: ARGON2ID });
  return dummyHash;
};

/** A random password of 20 characters, for the first administrator and the demo users. */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}

/** The outcome of checking a username and password. */
export type SignInResult =
  | { readonly kind: 'ok'; readonly actor: Actor; readonly user: User }
  | { readonly kind: 'bad-credentials' }
  | { readonly kind: 'locked'; readonly until: string };

/** Options of `authenticate`. */
export interface AuthenticateOptions extends WriteServices {
  readonly lockout?: LockoutPolicy;
}

/**
 * Checks a username and password. Failures are counted per account; reaching the limit locks
 * the account (an audited change). A locked account is refused before its password is checked.
 */
export async function authenticate(
  db: Kysely<Database>,
  username: string,
  password: string,
  options: AuthenticateOptions = {},
): Promise<SignInResult> {
  const now = (options.clock ?? (() => new Date()))();
  const found = await findCredentials(db, username);
  if (!found) {
    await verify(await getDummyHash(), password).catch(() => false);
    return { kind: 'bad-credentials' };
  }
  if (isLocked(found.lockedUntil, now)) return { kind: 'locked', until: found.lockedUntil! };
  const ok = await verify(found.passwordHash, password).catch(() => false);
  if (!ok) {
    const counters = afterFailedLogin(found.failedLogins, now, options.lockout ?? DEFAULT_LOCKOUT);
    if (counters.lockedUntil === null) {
      await setLoginCounters(db, found.id, counters);
      return { kind: 'bad-credentials' };
    }
    await write(db, { id: null, name: 'system' }, options, async (tx) => {
      await setLoginCounters(tx.trx, found.id, counters);
      tx.record({
        action: 'user.lock',
        entity: 'user',
        entityId: found.id,
        orgId: found.orgId,
        after: { lockedUntil: counters.lockedUntil },
      });
    });
    return { kind: 'locked', until: counters.lockedUntil };
  }
  if (found.failedLogins !== 0 || found.lockedUntil !== null)
    await setLoginCounters(db, found.id, { failedLogins: 0, lockedUntil: null });
  const user: User = { ...found, lockedUntil: null };
  return { kind: 'ok', actor: userToActor(user, found.orgPath), user };
}

/** A new cookie session: the secret for the cookie and the CSRF token for the page. */
export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

/** Starts a session for the actor, valid for `ttlHours`. */
export async function startSession(
  db: Kysely<Database>,
  actor: Actor,
  options: WriteServices & { readonly ttlHours?: number } = {},
): Promise<NewSession> {
  const now = (options.clock ?? (() => new Date()))();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + (options.ttlHours ?? 12) * 3_600_000).toISOString();
  await deleteExpiredSessions(db, now.toISOString());
  await insertSession(db, {
    id: sessionId(token),
    userId: actor.userId,
    orgId: actor.orgId,
    csrfToken,
    now: now.toISOString(),
    expiresAt,
  });
  return { token, csrfToken, expiresAt };
}

/** The stored id of a session: the hash of its cookie secret. */
export function sessionId(token: string): string {
  return sha256Hex(token);
}

/** Prefix of API tokens, so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'jx_';

/** Creates a bearer token for scripts acting as `actor`; returns the secret, shown once. */
export async function createApiToken(
  db: Kysely<Database>,
  who: AuditActor,
  actor: Actor,
  options: WriteServices & { readonly name?: string; readonly expiresAt?: string | null } = {},
): Promise<string> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  await write(db, who, options, (tx) =>
    insertApiToken(tx, {
      tokenHash: sha256Hex(token),
      userId: actor.userId,
      orgId: actor.orgId,
      name: options.name ?? 'api',
      expiresAt: options.expiresAt ?? null,
    }),
  );
  return token;
}
