/**
 * Signing in and out (`/api/session`, cookie), who am I (`/api/me`) and bearer tokens for
 * scripts (`/api/tokens`). Sign-in is rate limited per address and locks an account after
 * repeated failures.
 */

import { z } from 'zod';
import type { Actor } from '../../core/policy/actor.js';
import { authenticate, createApiToken, startSession } from '../../store/accounts.js';
import { deleteSession } from '../../store/repositories/session.repository.js';
import { findUserWithOrg } from '../../store/repositories/user.repository.js';
import { auditActor } from '../commands/actor.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { clearSessionCookie, requireActor, setSessionCookie } from '../plugins/auth.js';
import { credentialsSchema, meSchema, tokenRequestSchema } from '../schemas/account.schema.js';
import { errors } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the session, me and token routes. */
export function sessionRoutes(app: ZodApp, ctx: ServerContext): void {
  const rateLimit = { max: ctx.login.maxPerWindow, timeWindow: ctx.login.windowMs };

  const signIn = async (username: string, password: string) => {
    const result = await authenticate(ctx.store.db, username, password, {
      ...ctx.services,
      ...(ctx.login.lockout ? { lockout: ctx.login.lockout } : {}),
    });
    if (result.kind === 'bad-credentials') throw apiError('badCredentials');
    if (result.kind === 'locked') throw apiError('accountLocked', { until: result.until });
    return result;
  };

  app.post(
    '/api/session',
    {
      config: { access: 'public', csrf: false, rateLimit },
      schema: {
        tags: ['session'],
        summary: '登录（Cookie 会话） · sign in with a cookie session',
        body: credentialsSchema,
        response: { 200: meSchema, ...errors(400, 401, 423, 429) },
      },
    },
    async (request, reply) => {
      const { actor } = await signIn(request.body.username, request.body.password);
      const session = await startSession(ctx.store.db, actor, {
        ...ctx.services,
        ttlHours: ctx.sessionHours,
      });
      setSessionCookie(reply, session.token, session.expiresAt, ctx.secureCookies);
      return { user: await meUser(ctx, actor), csrfToken: session.csrfToken };
    },
  );

  app.delete(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: '退出登录 · sign out',
        response: { 204: z.null(), ...errors(403) },
      },
    },
    async (request, reply) => {
      if (request.auth?.via === 'cookie') await deleteSession(ctx.store.db, request.auth.sessionId);
      clearSessionCookie(reply, ctx.secureCookies);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['session'],
        summary: '当前用户 · who am I',
        response: { 200: meSchema, ...errors(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return {
        user: await meUser(ctx, actor),
        csrfToken: request.auth?.via === 'cookie' ? request.auth.csrfToken : null,
      };
    },
  );

  app.post(
    '/api/tokens',
    {
      config: { access: 'public', csrf: false, rateLimit },
      schema: {
        tags: ['session'],
        summary: '为脚本签发访问令牌 · a bearer token for scripts',
        description:
          'Send it as `Authorization: Bearer <token>`. It is shown once; only its hash is kept.',
        body: tokenRequestSchema,
        response: { 201: z.object({ token: z.string() }), ...errors(400, 401, 423, 429) },
      },
    },
    async (request, reply) => {
      const { actor } = await signIn(request.body.username, request.body.password);
      const token = await createApiToken(ctx.store.db, auditActor(actor), actor, {
        ...ctx.services,
        name: request.body.name ?? 'api',
      });
      return reply.status(201).send({ token });
    },
  );
}

async function meUser(ctx: ServerContext, actor: Actor) {
  const user = await findUserWithOrg(ctx.store.db, actor.userId);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: user?.displayName ?? actor.username,
    role: actor.role,
    orgId: actor.orgId,
    orgName: user?.orgName ?? null,
  };
}
