/**
 * The public questionnaire at `/s/:token`, for respondents with no account: GET shows it, POST
 * (an ordinary form, no script) counts one answer. One answer per invitation token, or for an
 * open link per device (an httpOnly cookie echoed by the form, which a cross-site post cannot
 * do) with a cap per network address; both routes are rate limited per address. A refused
 * answer says why on the page and counts nothing.
 */

import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type Bilingual,
  SELF_EVALUATION_ERRORS as E,
  render,
  SURVEY_PAGE,
} from '../../core/messages/index.js';
import { isSurveyAnswer } from '../../core/policy/survey.policy.js';
import { isUniqueViolation } from '../../store/errors.js';
import { write } from '../../store/mutate.js';
import { findProject } from '../../store/repositories/project.repository.js';
import {
  deviceAnswered,
  findSurveyByToken,
  insertResponse,
  type Survey,
} from '../../store/repositories/survey.repository.js';
import type { SurveyLimits } from '../commands/self-evaluation-settings.js';
import { invitationHash, surveyHash } from '../commands/survey.command.js';
import type { ServerContext } from '../context.js';
import { ApiError, apiError } from '../errors.js';
import type { ZodApp } from '../routes/types.js';
import { messagePage, questionnairePage, SURVEY_CSP } from './survey-page.js';

/** The device cookie of open surveys, scoped to the questionnaire pages. */
export const DEVICE_COOKIE = 'jixiao_device';

/** Who answers: nobody signed in. */
const RESPONDENT = { id: null, name: 'survey-respondent' };

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

function send(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', SURVEY_CSP)
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

const say = (reply: FastifyReply, status: number, text: Bilingual, done = false) =>
  send(reply, status, messagePage(SURVEY_PAGE.title, text, done));

/** The survey a token opens, or undefined. */
async function lookUp(ctx: ServerContext, token: string) {
  if (!TOKEN.test(token)) return undefined;
  return findSurveyByToken(ctx.store.db, token, invitationHash(token));
}

/** The device cookie, set now if the browser has none. */
function deviceOf(request: FastifyRequest, reply: FastifyReply, secure: boolean): string {
  const existing = request.cookies[DEVICE_COOKIE];
  if (existing && TOKEN.test(existing)) return existing;
  const device = randomBytes(18).toString('base64url');
  reply.setCookie(DEVICE_COOKIE, device, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/s/',
    maxAge: 365 * 24 * 3600,
  });
  return device;
}

async function showForm(
  ctx: ServerContext,
  reply: FastifyReply,
  survey: Survey,
  token: string,
  device: string | null,
  status = 200,
  notice?: Bilingual,
) {
  const project = await findProject(ctx.store.db, survey.projectId);
  return send(
    reply,
    status,
    questionnairePage({
      action: `/s/${token}`,
      projectName: project?.name ?? '',
      question: survey.question,
      device,
      ...(notice ? { notice } : {}),
    }),
  );
}

const field = (body: unknown, name: string): string | null => {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' ? value : null;
};

/** Registers the questionnaire pages in their own scope (form bodies, HTML errors). */
export async function publicSurveyRoutes(
  app: ZodApp,
  ctx: ServerContext,
  limits: SurveyLimits,
): Promise<void> {
  await app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (_request, body, done) => {
        done(null, Object.fromEntries(new URLSearchParams(String(body))));
      },
    );
    // Respondents see pages, never JSON: every refusal (rate limit included) is a page.
    scope.setErrorHandler((error, request, reply) => {
      if (error instanceof ApiError) return say(reply, error.statusCode, error.text);
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'survey page failed');
      const text =
        status === 429
          ? SURVEY_PAGE.rateLimited
          : status < 500
            ? apiError('invalidRequest', { detail: String((error as Error).message).slice(0, 200) })
                .text
            : apiError('internal', { id: request.id }).text;
      return say(reply, status, text);
    });

    scope.get<{ Params: { token: string } }>(
      '/s/:token',
      {
        schema: { hide: true },
        config: { rateLimit: { max: limits.pagesPerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { token } = request.params;
        const found = await lookUp(ctx, token);
        if (!found) return say(reply, 404, E.surveyNotFound);
        const { survey, invitation } = found;
        if (survey.state === 'closed') return say(reply, 410, SURVEY_PAGE.closed);
        if (invitation?.used) return say(reply, 200, SURVEY_PAGE.already, true);
        if (invitation) return showForm(ctx, reply, survey, token, null);
        const device = deviceOf(request, reply, ctx.secureCookies);
        if (await deviceAnswered(ctx.store.db, survey.id, surveyHash(survey.salt, device)))
          return say(reply, 200, SURVEY_PAGE.already, true);
        return showForm(ctx, reply, survey, token, device);
      },
    );

    scope.post<{ Params: { token: string } }>(
      '/s/:token',
      {
        schema: { hide: true },
        config: { rateLimit: { max: limits.answersPerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { token } = request.params;
        const found = await lookUp(ctx, token);
        if (!found) return say(reply, 404, E.surveyNotFound);
        const { survey, invitation } = found;
        if (survey.state === 'closed') return say(reply, 410, E.surveyClosed);
        if (invitation?.used) return say(reply, 409, E.surveyInvitationUsed);
        const cookie = request.cookies[DEVICE_COOKIE];
        let deviceKey: string | null = null;
        if (!invitation) {
          // The form echoes the cookie: a post from another site carries neither.
          if (!cookie || !TOKEN.test(cookie) || field(request.body, 'device') !== cookie)
            return say(reply, 400, E.surveyNeedsCookie);
          deviceKey = surveyHash(survey.salt, cookie);
        }
        const answer = field(request.body, 'answer');
        if (!isSurveyAnswer(answer))
          return showForm(
            ctx,
            reply,
            survey,
            token,
            invitation ? null : cookie!,
            400,
            E.surveyAnswerRequired,
          );
        const comment = field(request.body, 'comment')?.trim().slice(0, 500) || null;
        let outcome: Awaited<ReturnType<typeof insertResponse>>;
        try {
          outcome = await write(ctx.store.db, RESPONDENT, ctx.services, (tx) =>
            insertResponse(tx, survey, {
              answer,
              comment,
              deviceKey,
              invitationHash: invitation ? invitationHash(token) : null,
              ipHash: surveyHash(survey.salt, request.ip),
              maxPerAddress: limits.maxPerAddress,
            }),
          );
        } catch (error) {
          // Two answers from one device at the same moment: the unique index lets one in.
          if (!isUniqueViolation(error)) throw error;
          outcome = { kind: invitation ? 'invitation-used' : 'answered' };
        }
        switch (outcome.kind) {
          case 'counted':
            return say(reply, 201, SURVEY_PAGE.thanks, true);
          case 'closed':
            return say(reply, 410, E.surveyClosed);
          case 'answered':
            return say(reply, 409, E.surveyAnswered);
          case 'invitation-used':
            return say(reply, 409, E.surveyInvitationUsed);
          case 'address-limit':
            return say(reply, 429, render(E.surveyAddressLimit, { limit: limits.maxPerAddress }));
        }
      },
    );
    done();
  });
}
