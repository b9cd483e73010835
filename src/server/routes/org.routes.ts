/** The organisation tree: list (the caller's subtree) and add (administrators). */

import { z } from 'zod';
import { childKindOf } from '../../core/policy/actor.js';
import { canAddOrg, canViewOrg } from '../../core/policy/org.policy.js';
import { write } from '../../store/mutate.js';
import { findOrg, insertOrg, listOrgs } from '../../store/repositories/org.repository.js';
import { auditActor } from '../commands/actor.js';
import type { ServerContext } from '../context.js';
import { apiError, notFound } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import { presentOrg } from '../presenters/account.presenter.js';
import { newOrgSchema, orgSchema } from '../schemas/account.schema.js';
import { errors } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the organisation routes. */
export function orgRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/orgs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['orgs'],
        summary: '组织树（本级及下级） · the organisation tree the caller may see',
        response: { 200: z.object({ items: z.array(orgSchema) }), ...errors(401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const orgs = await listOrgs(ctx.store.db, actor.orgPath);
      return { items: orgs.map(presentOrg) };
    },
  );

  app.post(
    '/api/orgs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['orgs'],
        summary: '新建组织 · add an organisation (finance → department → unit)',
        body: newOrgSchema,
        response: { 201: orgSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw apiError('forbidden');
      const { name, kind, parentId } = request.body;
      const parent = parentId ? ((await findOrg(ctx.store.db, parentId)) ?? null) : null;
      if (parentId && (!parent || !canViewOrg(actor, parent))) throw notFound('org');
      if (!childKindOf(parent?.kind ?? null).includes(kind))
        throw apiError('orgKindNotAllowed', { kind, parent: parent?.name ?? '/' });
      if (!canAddOrg(actor, parent, kind)) throw apiError('forbidden');
      const org = await write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
        insertOrg(tx, { name, kind, parent }),
      );
      return reply.status(201).send(presentOrg(org));
    },
  );
}
