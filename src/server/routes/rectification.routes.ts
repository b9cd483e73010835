/**
 * 整改 (rectification) of a project: list with the steps the caller may take, raise a request
 * (reviewers), and take a step (the unit's measures and result, the reviewer's return, the
 * requester's close). Every change is audited.
 */

import { z } from 'zod';
import type { Actor } from '../../core/policy/actor.js';
import type { ProjectScope } from '../../core/policy/project.policy.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { findProjectTable } from '../../store/repositories/project.repository.js';
import {
  listRectifications,
  type StoredRectification,
} from '../../store/repositories/rectification.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import {
  raiseRectification,
  rectificationActions,
  stepRectification,
} from '../commands/rectification.command.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { errors, idParams } from '../schemas/common.schema.js';
import {
  rectificationBodySchema,
  rectificationParams,
  rectificationSchema,
  rectificationStepSchema,
} from '../schemas/monitoring.schema.js';
import type { ZodApp } from './types.js';

function present(
  stored: StoredRectification,
  actor: Actor,
  project: ProjectScope,
  table: TargetTable | null,
) {
  const r = stored.rectification;
  return {
    id: r.id,
    indicators: [...r.indicators],
    indicatorNames: r.indicators.map((i) => table?.indicators[i]?.name ?? ''),
    category: r.category,
    dueDate: r.dueDate,
    state: r.state,
    steps: r.steps.map((s) => ({ action: s.action, by: s.by, at: s.at, text: s.text })),
    requestedBy: stored.requestedBy,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    actions: rectificationActions(actor, project, stored),
  };
}

/** Registers the rectification routes. */
export function rectificationRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/rectifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '整改（要求、措施、结果、销号） · rectifications with their steps',
        params: idParams,
        response: { 200: z.object({ items: z.array(rectificationSchema) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const [items, found] = await Promise.all([
        listRectifications(ctx.store.db, project.id),
        findProjectTable(ctx.store.db, project.id),
      ]);
      const table = found ? (JSON.parse(found.tableJson) as TargetTable) : null;
      return { items: items.map((r) => present(r, actor, project, table)) };
    },
  );

  app.post(
    '/api/projects/:id/rectifications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '提出整改要求（主管部门或财政） · request a rectification (reviewers)',
        params: idParams,
        body: rectificationBodySchema,
        response: { 201: rectificationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { stored, table } = await raiseRectification(
        ctx,
        actor,
        request.params.id,
        request.body,
      );
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      return reply.status(201).send(present(stored, actor, project, table));
    },
  );

  app.post(
    '/api/projects/:id/rectifications/:rectificationId/steps',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '整改下一步：措施、结果、退回、销号 · a step: measures, result, return, close',
        description:
          'submit-measures and submit-result: the unit; return: a reviewer; close: the reviewer who requested it, never on a result of their own. Not possible in the current state → 409.',
        params: rectificationParams,
        body: rectificationStepSchema,
        response: { 200: rectificationSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, rectificationId } = request.params;
      const { stored, table } = await stepRectification(
        ctx,
        actor,
        id,
        rectificationId,
        request.body,
      );
      const project = await loadVisibleProject(ctx.store.db, actor, id);
      return present(stored, actor, project, table);
    },
  );
}
