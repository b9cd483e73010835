/** Projects the caller may see: list, one, findings, versions and history. */

import { z } from 'zod';
import { listProjectAudit } from '../../store/repositories/audit.repository.js';
import { listFindings, summarise } from '../../store/repositories/finding.repository.js';
import { listProjects, visibleTo } from '../../store/repositories/project.repository.js';
import { findVersion, listVersions } from '../../store/repositories/version.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import { etagOf } from '../commands/table.command.js';
import type { ServerContext } from '../context.js';
import { notFound } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import {
  presentAuditEntry,
  presentProject,
  presentVersion,
} from '../presenters/project.presenter.js';
import { errors, idParams, storedJson, targetTableSchema } from '../schemas/common.schema.js';
import {
  findingsSchema,
  historySchema,
  projectListSchema,
  projectQuerySchema,
  projectSchema,
  versionParams,
  versionSchema,
} from '../schemas/project.schema.js';
import type { ZodApp } from './types.js';

/** Registers the project reading routes. */
export function projectRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '可见的项目 · the projects the caller may see',
        querystring: projectQuerySchema,
        response: { 200: projectListSchema, ...errors(400, 401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, ...filters } = request.query;
      const { projects, total } = await listProjects(ctx.store.db, {
        ...visibleTo(actor),
        ...filters,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: projects.map((p) => presentProject(p, actor)), total, page, pageSize };
    },
  );

  app.get(
    '/api/projects/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '项目（状态、版本、锁定原因、可执行操作） · one project',
        params: idParams,
        response: { 200: projectSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentProject(
        await loadVisibleProject(ctx.store.db, actor, request.params.id),
        actor,
      );
    },
  );

  app.get(
    '/api/projects/:id/findings',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '当前版本的审核发现 · review findings of the current version',
        params: idParams,
        response: { 200: findingsSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const findings = await listFindings(ctx.store.db, project.currentVersionId);
      return { version: project.version, findings, summary: summarise(findings) };
    },
  );

  app.get(
    '/api/projects/:id/versions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '版本列表 · versions, newest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(versionSchema) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      return { items: (await listVersions(ctx.store.db, project.id)).map(presentVersion) };
    },
  );

  app.get(
    '/api/projects/:id/versions/:number',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '某一版本的目标表 · the table as it was at one version',
        params: versionParams,
        response: { 200: targetTableSchema, ...errors(401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const version = await findVersion(ctx.store.db, project.id, request.params.number);
      if (!version) throw notFound('version');
      // Stored JSON is sent as is: versions never change, and re-serialising costs time.
      return reply
        .header('etag', etagOf(version.meta.number))
        .type('application/json; charset=utf-8')
        .send(storedJson(version.tableJson));
    },
  );

  app.get(
    '/api/projects/:id/history',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '历史：版本与审计记录 · versions and audit entries',
        params: idParams,
        response: { 200: historySchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const [versions, audit] = await Promise.all([
        listVersions(ctx.store.db, project.id),
        listProjectAudit(ctx.store.db, project.id),
      ]);
      return { versions: versions.map(presentVersion), audit: audit.map(presentAuditEntry) };
    },
  );
}
