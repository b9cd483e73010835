/**
 * Third-party evaluation (第三方评价): evaluators assigned to a project (list, assign, remove)
 * and the evaluation an assigned evaluator records. Evaluators see exactly their assigned
 * projects: every other project answers 404, as for anyone outside its scope.
 */

import { z } from 'zod';
import {
  assignEvaluator,
  recordEvaluation,
  removeAssignment,
  viewAssignments,
  viewEvaluation,
} from '../commands/assignment.command.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { presentAssignment, presentEvaluation } from '../presenters/assignment.presenter.js';
import {
  assignBodySchema,
  assignmentParams,
  assignmentSchema,
  assignmentsSchema,
  evaluationBodySchema,
  evaluationSchema,
  evaluationViewSchema,
} from '../schemas/assignment.schema.js';
import { errors, idParams } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the assignment and evaluation routes. */
export function assignmentRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/assignments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evaluation'],
        summary: '指派的第三方评价机构 · evaluators assigned to the project',
        description:
          'Anyone who sees the project reads its assignments. For the finance bureau and administrators, `candidates` lists the evaluator accounts and evaluating organisations they may assign.',
        params: idParams,
        response: { 200: assignmentsSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const view = await viewAssignments(ctx, requireActor(request), request.params.id);
      return {
        items: view.assignments.map(presentAssignment),
        canAssign: view.canAssign,
        candidates: [...view.candidates],
      };
    },
  );

  app.post(
    '/api/projects/:id/assignments',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evaluation'],
        summary: '指派第三方评价 · assign an evaluator to the project',
        description:
          'The finance bureau or an administrator names an evaluator account (`userId`) or an organisation where evaluators hold accounts (`orgId`), within its own scope; its evaluators then see the project once it is approved. 201 for a new assignment, 200 when it existed. An account or organisation that is no evaluator answers 400 `notEvaluator`.',
        params: idParams,
        body: assignBodySchema,
        response: {
          200: z.object({ assignment: assignmentSchema }),
          201: z.object({ assignment: assignmentSchema }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { assignment, created } = await assignEvaluator(
        ctx,
        actor,
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send({ assignment: presentAssignment(assignment) });
    },
  );

  app.delete(
    '/api/projects/:id/assignments/:assignmentId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evaluation'],
        summary: '取消指派 · remove an assignment',
        description: 'Its evaluators no longer see the project. Audited.',
        params: assignmentParams,
        response: { 204: z.null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { id, assignmentId } = request.params;
      await removeAssignment(ctx, requireActor(request), id, assignmentId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/projects/:id/evaluation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evaluation'],
        summary: '第三方评价结果 · the third-party evaluation',
        params: idParams,
        response: { 200: evaluationViewSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const view = await viewEvaluation(ctx, requireActor(request), request.params.id);
      return {
        evaluation: view.evaluation && presentEvaluation(view.evaluation),
        canEvaluate: view.canEvaluate,
      };
    },
  );

  app.put(
    '/api/projects/:id/evaluation',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['evaluation'],
        summary: '记录第三方评价（评分、等级、评价意见） · record the evaluation',
        description:
          'An evaluator assigned to the project records its score (0–100), grade (absent: from the national bands 90/80/60) and opinion, replacing an earlier evaluation; audited as `evaluation.save` with what it replaced. Other roles answer 403.',
        params: idParams,
        body: evaluationBodySchema,
        response: {
          200: z.object({ evaluation: evaluationSchema }),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const evaluation = await recordEvaluation(ctx, actor, request.params.id, request.body);
      return { evaluation: presentEvaluation(evaluation) };
    },
  );
}
