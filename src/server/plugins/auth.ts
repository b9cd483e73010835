/**
 * Who is calling: a bearer token (`Authorization: Bearer jx_…`, for scripts) or the session
 * cookie (the web app). Cookie-authenticated writes must echo the session's CSRF token in
 * `x-csrf-token`; bearer requests carry no ambient credential and are exempt.
 */

import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/policy/actor.js';
import { sessionId } from '../../store/accounts.js';
import { sha256Hex } from '../../store/audit/chain.js';
import { withAssignments } from '../../store/repositories/assignment.repository.js';
import { findSessionActor, findTokenActor } from '../../store/repositories/session.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'jixiao_session';

/** The header carrying the CSRF token. */
export const CSRF_HEADER = 'x-csrf-token';

/** How the caller proved who they are. */
export type Auth =
  | {
      readonly via: 'cookie';
      readonly actor: Actor;
      readonly sessionId: string;
      readonly csrfToken: string;
    }
  | { readonly via: 'bearer'; readonly actor: Actor };

declare module 'fastify' {
  interface FastifyRequest {
    /** The caller, or null when anonymous. */
    auth: Auth | null;
  }
  interface FastifyContextConfig {
    /** Routes that need no CSRF token even with a cookie (signing in). */
    readonly csrf?: false;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves `request.auth` on every API request and enforces CSRF on cookie writes. */
export function registerAuth(app: FastifyInstance, ctx: ServerContext): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    request.auth = await authenticateRequest(request, ctx);
    if (
      request.auth?.via === 'cookie' &&
      !SAFE_METHODS.has(request.method) &&
      request.routeOptions.config.csrf !== false &&
      !sameToken(request.headers[CSRF_HEADER], request.auth.csrfToken)
    )
      throw apiError('csrf');
  });
}

async function authenticateRequest(
  request: FastifyRequest,
  ctx: ServerContext,
): Promise<Auth | null> {
  const now = ctx.services.clock().toISOString();
  const header = request.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const actor = match ? await findTokenActor(ctx.store.db, sha256Hex(match[1]!), now) : undefined;
    // A bad token is an error, not anonymity: a script should learn its token is wrong.
    if (!actor) throw apiError('unauthenticated');
    return { via: 'bearer', actor: await withAssignments(ctx.store.db, actor) };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const id = sessionId(cookie);
  const found = await findSessionActor(ctx.store.db, id, now);
  if (!found) return null;
  // An evaluator sees its assigned projects only: they are read with the caller, every request.
  const actor = await withAssignments(ctx.store.db, found.actor);
  return { via: 'cookie', actor, sessionId: id, csrfToken: found.csrfToken };
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signed-in caller, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.auth) throw apiError('unauthenticated');
  return request.auth.actor;
}

/** Sets the session cookie: httpOnly (no script reads it) and SameSite=Lax (no cross-site POST). */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: string,
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
