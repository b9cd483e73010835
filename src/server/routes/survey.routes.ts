/**
 * Satisfaction surveys (满意度调查) of a project: list with tallies, start one on a satisfaction
 * indicator, and close one (its satisfied share becomes the indicator's actual). The public
 * questionnaire itself is served at /s/:token (server/survey).
 */

import { z } from 'zod';
import { countSatisfaction } from '../../core/policy/survey.policy.js';
import {
  listSurveys,
  type Survey,
  type SurveyTally,
  tallySurveys,
} from '../../store/repositories/survey.repository.js';
import { loadVisibleProject } from '../commands/actor.js';
import { finishSurvey, startSurvey, surveyLink } from '../commands/survey.command.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { errors, idParams } from '../schemas/common.schema.js';
import {
  surveyBodySchema,
  surveyCreatedSchema,
  surveyParams,
  surveySchema,
} from '../schemas/survey.schema.js';
import type { ZodApp } from './types.js';

const EMPTY: SurveyTally = { answers: {}, invitationsUsed: 0 };

/** A survey with its tally. */
function present(survey: Survey, tally: SurveyTally = EMPTY) {
  const count = countSatisfaction(tally.answers);
  return {
    id: survey.id,
    index: survey.index,
    indicatorName: survey.indicatorName,
    question: survey.question,
    mode: survey.mode,
    state: survey.state,
    link: survey.openToken === null ? null : surveyLink(survey.openToken),
    invitations: survey.invitations,
    invitationsUsed: tally.invitationsUsed,
    answers: {
      'very-satisfied': tally.answers['very-satisfied'] ?? 0,
      satisfied: tally.answers.satisfied ?? 0,
      neutral: tally.answers.neutral ?? 0,
      dissatisfied: tally.answers.dissatisfied ?? 0,
      'very-dissatisfied': tally.answers['very-dissatisfied'] ?? 0,
    },
    satisfied: count.satisfied,
    total: count.total,
    rate: count.total > 0 ? Math.round((count.satisfied / count.total) * 10_000) / 100 : null,
    createdByName: survey.createdByName,
    createdAt: survey.createdAt,
    closedAt: survey.closedAt,
    closedByName: survey.closedByName,
  };
}

/** Registers the survey management routes. */
export function surveyRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/surveys',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '满意度调查及其统计 · satisfaction surveys with their tallies',
        params: idParams,
        response: { 200: z.object({ items: z.array(surveySchema) }), ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const project = await loadVisibleProject(ctx.store.db, actor, request.params.id);
      const [surveys, tallies] = await Promise.all([
        listSurveys(ctx.store.db, project.id),
        tallySurveys(ctx.store.db, project.id),
      ]);
      return { items: surveys.map((s) => present(s, tallies.get(s.id))) };
    },
  );

  app.post(
    '/api/projects/:id/surveys',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '发起满意度调查（满意度指标） · start a survey of a satisfaction indicator',
        description:
          'The unit or a reviewer, once the targets are approved. The answer carries the public links: invitation links are shown only this once.',
        params: idParams,
        body: surveyBodySchema,
        response: { 201: surveyCreatedSchema, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { survey, links } = await startSurvey(ctx, actor, request.params.id, request.body);
      return reply.status(201).send({ survey: present(survey), links: [...links] });
    },
  );

  app.post(
    '/api/projects/:id/surveys/:surveyId/close',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '结束调查，满意率计入实际完成值 · close; the satisfied share becomes the actual',
        description:
          'Records the actual as counts (satisfied/answers, e.g. 183/200) with the survey as evidence. Closing a closed survey answers 409.',
        params: surveyParams,
        body: z.object({}).optional(),
        response: { 200: z.object({ survey: surveySchema }), ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { id, surveyId } = request.params;
      const { survey } = await finishSurvey(ctx, actor, id, surveyId);
      const tallies = await tallySurveys(ctx.store.db, survey.projectId);
      return { survey: present(survey, tallies.get(survey.id)) };
    },
  );
}
