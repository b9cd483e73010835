/**
 * Actuals (实际完成值) of an approved project: read them with their latest update and evidence,
 * record a unit's updates (history kept, each audited), read the history, review an update,
 * and read the table merged with them in the interchange format.
 */

import { z } from 'zod';
import { listActualHistory } from '../../store/repositories/actual.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import { correctActual } from '../commands/actual-correction.command.js';
import { recordActuals, reviewActual } from '../commands/actuals.command.js';
import { loadProjectRecords } from '../commands/merged-table.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { presentActuals, presentActualUpdate } from '../presenters/records.presenter.js';
import {
  actualsBodySchema,
  actualsSavedSchema,
  actualsSchema,
  actualUpdateSchema,
  correctionBodySchema,
  historyQuerySchema,
  reviewBodySchema,
  updateParams,
} from '../schemas/actuals.schema.js';
import { errors, idParams, targetTableSchema } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the actuals routes. */
export function actualsRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/actuals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary:
          '实际完成值（每条指标的最新填报与佐证材料） · actuals with latest updates and evidence',
        params: idParams,
        response: { 200: actualsSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentActuals(
        await loadProjectRecords(ctx.store.db, actor, request.params.id),
        actor,
      );
    },
  );

  app.put(
    '/api/projects/:id/actuals',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary:
          '填报实际完成值与预算执行（保留历史） · record actuals and execution (history kept)',
        description:
          'Only the unit, for its own approved project. Each changed indicator becomes a new update with its author and time. An actual that is not a number for a quantitative target, or a score above its weight, answers 400 with scoring findings in `error.details`, and nothing is written. A different current indicator name answers 409.',
        params: idParams,
        body: actualsBodySchema,
        response: { 200: actualsSavedSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { written } = await recordActuals(ctx, actor, request.params.id, request.body);
      const records = await loadProjectRecords(ctx.store.db, actor, request.params.id);
      return { written, actuals: presentActuals(records, actor) };
    },
  );

  app.get(
    '/api/projects/:id/actuals/table',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '含实际完成值的目标表（交换格式） · the table merged with its actuals',
        description:
          'The interchange table with `actual`, `weight`, `score` (as stated by the unit), `deviationReason` and `evidence` filled from the records, and `execution` from the latest execution update.',
        params: idParams,
        response: { 200: targetTableSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return (await loadProjectRecords(ctx.store.db, actor, request.params.id)).merged;
    },
  );

  app.get(
    '/api/projects/:id/actuals/history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '填报历史（新的在前） · every update, newest first',
        params: idParams,
        querystring: historyQuerySchema,
        response: { 200: z.object({ items: z.array(actualUpdateSchema) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const items = await listActualHistory(ctx.store.db, project.id, request.query.index);
      return { items: items.map(presentActualUpdate) };
    },
  );

  app.post(
    '/api/projects/:id/actuals/updates/:updateId/review',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '审核一条填报（不能审核自己的） · review an update (never your own)',
        params: updateParams,
        body: reviewBodySchema,
        response: {
          200: z.object({ update: actualUpdateSchema }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, updateId } = request.params;
      const update = await reviewActual(ctx, actor, id, updateId, request.body);
      return { update: presentActualUpdate(update) };
    },
  );

  app.post(
    '/api/projects/:id/actuals/updates/:updateId/correction',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '审核人更正当前值（保留原填报人） · a reviewer corrects the current value',
        description:
          "The project's reviewers (department, finance) correct an indicator's current update: a new update authored by the reviewer, on behalf of the original author (`onBehalfOf`), naming the update it corrects (`correctedFrom`) and why (`reason`, required). Absent fields keep the corrected update's values. Scoring refuses wrong values as for the unit (400 `actualInvalid`); an update that is no longer current answers 409 `updateSuperseded`. The correction is pending until someone else reviews it.",
        params: updateParams,
        body: correctionBodySchema,
        response: {
          201: z.object({ update: actualUpdateSchema }),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, updateId } = request.params;
      const update = await correctActual(ctx, actor, id, updateId, request.body);
      return reply.status(201).send({ update: presentActualUpdate(update) });
    },
  );
}
