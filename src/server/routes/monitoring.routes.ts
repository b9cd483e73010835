/**
 * Monitoring (双监控) of an approved project: the checkpoints of the profile, each with what the
 * unit filed and the lights and findings core/monitoring gives it; filing; and closing or
 * reopening a checkpoint's period (audited, and a closed period says why).
 */

import type { FastifyRequest } from 'fastify';
import { periodName } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { listPeriods, monitoringSaves } from '../../store/repositories/monitoring.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import {
  checkpointActions,
  checkpointId,
  fileMonitoring,
  periodLock,
  setMonitoringPeriod,
  viewCheckpoint,
} from '../commands/monitoring.command.js';
import type { SelfEvaluationSettings } from '../commands/self-evaluation-settings.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { errors, idParams } from '../schemas/common.schema.js';
import {
  checkpointListSchema,
  checkpointParams,
  checkpointSchema,
  monitoringBodySchema,
  periodBodySchema,
} from '../schemas/monitoring.schema.js';
import type { ZodApp } from './types.js';

/** Registers the monitoring routes. */
export function monitoringRoutes(
  app: ZodApp,
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
): void {
  const present = async (actor: Actor, id: string, checkpoint: string) => {
    const view = await viewCheckpoint(ctx, settings, actor, id, checkpoint);
    const closed = view.period.state === 'closed';
    return {
      checkpoint: checkpointId(view.month),
      month: view.month,
      period: periodName(view.month),
      state: view.period.state,
      locked: periodLock(view.month, view.period),
      closed: closed
        ? { at: view.period.changedAt, by: view.period.changedByName, reason: view.period.reason }
        : null,
      ...checkpointActions(actor, view),
      filed: view.filed
        ? {
            number: view.filed.number,
            authorName: view.filed.authorName,
            createdAt: view.filed.createdAt,
          }
        : null,
      input: view.input,
      report: view.report,
    };
  };
  const params = (
    request: FastifyRequest & { readonly params: { id: string; checkpoint: string } },
  ) => [requireActor(request), request.params.id, request.params.checkpoint] as const;

  app.get(
    '/api/projects/:id/monitoring',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '监控节点（按监控方案） · the checkpoints of the monitoring profile',
        params: idParams,
        response: { 200: checkpointListSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const [saves, periods] = await Promise.all([
        monitoringSaves(ctx.store.db, project.id),
        listPeriods(ctx.store.db, project.id),
      ]);
      const profile = settings.monitoringProfile;
      return {
        profile: { id: profile.id, name: profile.name },
        checkpoints: profile.checkpoints.map((month) => {
          const save = saves.find((s) => s.checkpoint === month);
          return {
            checkpoint: checkpointId(month),
            month,
            period: periodName(month),
            state: periods.find((p) => p.checkpoint === month)?.state ?? ('open' as const),
            filed: save ? { number: save.number, createdAt: save.createdAt } : null,
          };
        }),
      };
    },
  );

  app.get(
    '/api/projects/:id/monitoring/:checkpoint',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '某监控节点的填报、红黄绿灯与发现 · a checkpoint: filed values, lights, findings',
        params: checkpointParams,
        response: { 200: checkpointSchema, ...errors(401, 404) },
      },
    },
    async (request) => present(...params(request)),
  );

  app.put(
    '/api/projects/:id/monitoring/:checkpoint',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary:
          '填报监控（当前完成值、全年预计、偏差原因、完成可能性、预算执行） · file monitoring',
        description:
          'Only the unit, for its own approved project, while the period is open (a closed period answers 409 saying who closed it and why). Each save is kept; the answer carries the lights and findings (a deviation above 20% without a reason).',
        params: checkpointParams,
        body: monitoringBodySchema,
        response: { 200: checkpointSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const [actor, id, checkpoint] = params(request);
      await fileMonitoring(ctx, settings, actor, id, checkpoint, request.body);
      return present(actor, id, checkpoint);
    },
  );

  app.post(
    '/api/projects/:id/monitoring/:checkpoint/close',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary: '关闭监控期（主管部门或财政） · close the period (reviewers)',
        params: checkpointParams,
        body: periodBodySchema,
        response: { 200: checkpointSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const [actor, id, checkpoint] = params(request);
      await setMonitoringPeriod(
        ctx,
        settings,
        actor,
        id,
        checkpoint,
        'closed',
        request.body.reason,
      );
      return present(actor, id, checkpoint);
    },
  );

  app.post(
    '/api/projects/:id/monitoring/:checkpoint/reopen',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['monitoring'],
        summary:
          '重新开放监控期（财政，须说明原因，审计留痕） · reopen the period (finance; audited)',
        params: checkpointParams,
        body: periodBodySchema,
        response: { 200: checkpointSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const [actor, id, checkpoint] = params(request);
      await setMonitoringPeriod(ctx, settings, actor, id, checkpoint, 'open', request.body.reason);
      return present(actor, id, checkpoint);
    },
  );
}
