/**
 * The current table of a project: GET sends it with ETag = version (the stored JSON, as is);
 * PUT saves a new version and needs If-Match with the version edited.
 */

import { z } from 'zod';
import { canViewProject } from '../../core/policy/project.policy.js';
import { targetTableInput } from '../../core/table/target-table.schema.js';
import { findProject } from '../../store/repositories/project.repository.js';
import { etagOf, saveProjectTable } from '../commands/table.command.js';
import { versionContent } from '../commands/table-content.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import { presentProject } from '../presenters/project.presenter.js';
import { errors, idParams, storedJson, targetTableSchema } from '../schemas/common.schema.js';
import { savedSchema } from '../schemas/project.schema.js';
import type { ZodApp } from './types.js';

/** Registers the table routes. */
export function tableRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/table',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '当前目标表（交换格式，ETag 为版本号） · the current table, ETag = version',
        params: idParams,
        response: {
          200: targetTableSchema,
          304: z.null().describe('Not Modified: the If-None-Match version is current'),
          ...errors(401, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // The hottest read of the API: one small query, then the immutable version from memory.
      const project = await findProject(ctx.store.db, request.params.id);
      if (!project || !canViewProject(actor, project)) throw notFound('project');
      const etag = etagOf(project.version);
      reply.header('etag', etag).header('cache-control', 'private, no-cache');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      const content = await versionContent(ctx, project.currentVersionId);
      if (!content) throw notFound('version');
      return reply.type('application/json; charset=utf-8').send(storedJson(content));
    },
  );

  app.put(
    '/api/projects/:id/table',
    {
      config: { access: 'signed-in' },
      bodyLimit: ctx.limits.jsonBytes,
      schema: {
        tags: ['projects'],
        summary: '保存新版本（需 If-Match） · save a new version; needs If-Match',
        description:
          'A missing If-Match answers 428, a stale one 409 (nothing is written), a locked table 409 saying why.',
        params: idParams,
        body: targetTableInput,
        response: { 200: savedSchema, ...errors(400, 401, 403, 404, 409, 413, 428) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const ifMatch = request.headers['if-match'];
      const saved = await saveProjectTable(ctx, actor, request.params.id, ifMatch, request.body);
      reply.header('etag', etagOf(saved.version.number));
      return {
        project: presentProject(saved.project, actor),
        version: saved.version.number,
        findings: [...saved.findings],
        summary: saved.summary,
      };
    },
  );
}
