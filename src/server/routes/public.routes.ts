/** Published tables (公开): readable by anyone, signed in or not. */

import { z } from 'zod';
import { isPublic } from '../../core/policy/project.policy.js';
import { findProject, listProjects } from '../../store/repositories/project.repository.js';
import { etagOf } from '../commands/table.command.js';
import { versionContent } from '../commands/table-content.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import { presentPublic } from '../presenters/project.presenter.js';
import { errors, idParams, storedJson, targetTableSchema } from '../schemas/common.schema.js';
import { publicQuerySchema, publicTableSchema } from '../schemas/project.schema.js';
import type { ZodApp } from './types.js';

/** Registers the public routes. */
export function publicRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/public/tables',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '已公开的目标表 · published tables, no sign-in',
        querystring: publicQuerySchema,
        response: {
          200: z.object({
            items: z.array(publicTableSchema),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
          ...errors(400),
        },
      },
    },
    async (request) => {
      const { page, pageSize, ...filters } = request.query;
      const { projects, total } = await listProjects(ctx.store.db, {
        scopePath: null,
        states: ['published'],
        ...filters,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: projects.map(presentPublic), total, page, pageSize };
    },
  );

  app.get(
    '/api/public/tables/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '一张已公开的目标表 · one published table',
        params: idParams,
        response: { 200: targetTableSchema, ...errors(404) },
      },
    },
    async (request, reply) => {
      const project = await findProject(ctx.store.db, request.params.id);
      if (!project || !isPublic(project)) throw notFound('project');
      const content = await versionContent(ctx, project.currentVersionId);
      if (!content) throw notFound('version');
      return reply
        .header('etag', etagOf(project.version))
        .type('application/json; charset=utf-8')
        .send(storedJson(content));
    },
  );
}
