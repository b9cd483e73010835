/** Workflow transitions and review comments (审核意见). */

import { z } from 'zod';
import { listComments } from '../../store/repositories/comment.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import { commentOnProject, transitionProject } from '../commands/workflow.command.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { presentComment, presentProject } from '../presenters/project.presenter.js';
import { errors, idParams } from '../schemas/common.schema.js';
import {
  commentQuerySchema,
  commentSchema,
  newCommentSchema,
  projectSchema,
  transitionSchema,
} from '../schemas/project.schema.js';
import type { ZodApp } from './types.js';

/** Registers the transition and comment routes. */
export function workflowRoutes(app: ZodApp, ctx: ServerContext): void {
  app.post(
    '/api/projects/:id/transitions',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['workflow'],
        summary: '提交、退回、审核通过、公开 · submit, return, approve, publish',
        description:
          'Not possible in the current state → 409; not your role → 403; return without a comment → 400.',
        params: idParams,
        body: transitionSchema,
        response: { 200: z.object({ project: projectSchema }), ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { action, comment } = request.body;
      const project = await transitionProject(ctx, actor, request.params.id, action, comment);
      return { project: presentProject(project, actor) };
    },
  );

  app.get(
    '/api/projects/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['workflow'],
        summary: '审核意见 · review comments, optionally of one indicator',
        params: idParams,
        querystring: commentQuerySchema,
        response: { 200: z.object({ items: z.array(commentSchema) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const comments = await listComments(ctx.store.db, project.id, request.query.indicator);
      return { items: comments.map(presentComment) };
    },
  );

  app.post(
    '/api/projects/:id/comments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['workflow'],
        summary: '写审核意见 · comment on the table or one indicator',
        params: idParams,
        body: newCommentSchema,
        response: { 201: commentSchema, ...errors(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const comment = await commentOnProject(ctx, actor, request.params.id, {
        body: request.body.body,
        indicatorIndex: request.body.indicatorIndex ?? null,
      });
      return reply.status(201).send(presentComment(comment));
    },
  );
}
