/** User accounts: list, add, change role or password (administrators, inside their subtree). */

import { z } from 'zod';
import { canManageUser, canViewUsers } from '../../core/policy/user.policy.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../../store/accounts.js';
import { isUniqueViolation } from '../../store/errors.js';
import { write } from '../../store/mutate.js';
import { findOrg } from '../../store/repositories/org.repository.js';
import {
  findUserWithOrg,
  insertUser,
  listUsers,
  setUserPassword,
  setUserRole,
} from '../../store/repositories/user.repository.js';
import { auditActor } from '../commands/actor.js';
import type { ServerContext } from '../context.js';
import { apiError, notFound } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import { presentUser } from '../presenters/account.presenter.js';
import { newUserSchema, userChangeSchema, userSchema } from '../schemas/account.schema.js';
import { errors, idParams } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the user routes. */
export function userRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/users',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['users'],
        summary: '用户列表 · the users an administrator manages',
        querystring: z.object({ orgId: z.string().max(100).optional() }),
        response: { 200: z.object({ items: z.array(userSchema) }), ...errors(401, 403) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw apiError('forbidden');
      const users = await listUsers(ctx.store.db, actor.orgPath, request.query.orgId);
      return { items: users.map((u) => presentUser(u, u.orgName)) };
    },
  );

  app.post(
    '/api/users',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['users'],
        summary: '新建用户 · add a user',
        body: newUserSchema,
        response: { 201: userSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw apiError('forbidden');
      const { username, password, orgId, role, displayName } = request.body;
      const org = orgId ? await findOrg(ctx.store.db, orgId) : null;
      // Accounts above every tree are made with the CLI on the server, never over HTTP.
      if (!org || !canViewUsers(actor, org)) throw notFound('org');
      if (!canManageUser(actor, org, role))
        throw apiError('roleNotAllowed', { role, kind: org.kind });
      checkPassword(password);
      const passwordHash = await hashPassword(password);
      const user = await write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
        insertUser(tx, { username, displayName, role, orgId: org.id, passwordHash }),
      ).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw apiError('usernameTaken', { username });
        throw error;
      });
      return reply.status(201).send(presentUser(user, org.name));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['users'],
        summary: '修改角色或重置密码 · change a role or reset a password',
        params: idParams,
        body: userChangeSchema,
        response: { 200: userSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw apiError('forbidden');
      const user = await findUserWithOrg(ctx.store.db, request.params.id);
      const org = user?.orgId ? await findOrg(ctx.store.db, user.orgId) : undefined;
      if (!user || !org || !canViewUsers(actor, org)) throw notFound('user');
      const { role, password } = request.body;
      if (role && !canManageUser(actor, org, role))
        throw apiError('roleNotAllowed', { role, kind: org.kind });
      if (password !== undefined) checkPassword(password);
      const passwordHash = password === undefined ? null : await hashPassword(password);
      const changed = await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
        const next = role && role !== user.role ? await setUserRole(tx, user, role) : user;
        if (passwordHash) await setUserPassword(tx, next, passwordHash);
        return next;
      });
      return presentUser(changed, user.orgName);
    },
  );
}

function checkPassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw apiError('weakPassword', { min: MIN_PASSWORD_LENGTH });
}
