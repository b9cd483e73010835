/**
 * Satisfaction surveys (满意度调查) of an approved project: started on a satisfaction indicator
 * by the unit or a reviewer, answered through public links (one open link, or single-use
 * invitations), and closed — whereupon the satisfied share becomes the indicator's actual as
 * counts (183/200), recorded as an update like any other, with the survey as its evidence.
 */

import { createHash, randomBytes } from 'node:crypto';
import { render, SELF_EVALUATION_LABELS } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import {
  canManageSurvey,
  countSatisfaction,
  isSatisfactionIndicator,
  type SatisfactionCount,
  surveyActual,
} from '../../core/policy/survey.policy.js';
import { write } from '../../store/mutate.js';
import { insertActualUpdates } from '../../store/repositories/actual.repository.js';
import {
  closeSurvey,
  countAnswers,
  findSurvey,
  insertSurvey,
  type Survey,
} from '../../store/repositories/survey.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { auditActor } from './actor.js';
import {
  loadProjectRecords,
  type ProjectRecords,
  placeIndicator,
  requireOpen,
  tableValues,
} from './merged-table.js';
import { refreshProjectSummary } from './project-summary.command.js';
import { recordNotFound, recordsError } from './self-evaluation-errors.js';

/** A fresh token for a public link: 144 random bits, URL-safe. */
export const newSurveyToken = (): string => randomBytes(18).toString('base64url');

/** How a token (or a device cookie, an address) is kept: a hash, salted per survey. */
export const surveyHash = (salt: string, value: string): string =>
  createHash('sha256').update(`${salt}:${value}`).digest('hex');

/** How an invitation token is found again: its SHA-256 (the token itself is never kept). */
export const invitationHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** The public link of a token. */
export const surveyLink = (token: string): string => `/s/${token}`;

/** The roles that run surveys; a visible project in another state is refused with its lock. */
function checkManager(actor: Actor, records: ProjectRecords): void {
  const role =
    actor.role === 'unit-filer' ||
    actor.role === 'department-reviewer' ||
    actor.role === 'finance-reviewer';
  if (!role) throw apiError('forbidden');
  requireOpen(records.project);
  if (!canManageSurvey(actor, records.project)) throw apiError('forbidden');
}

/**
 * Starts a survey of a satisfaction indicator. Returns the survey and its links: one for an
 * open survey, one per invitation otherwise — shown this once, only their hashes are kept.
 */
export async function startSurvey(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  body: {
    readonly index: number;
    readonly question?: string | undefined;
    readonly mode: Survey['mode'];
    readonly invitations?: number | undefined;
  },
): Promise<{ readonly survey: Survey; readonly links: readonly string[] }> {
  const records = await loadProjectRecords(ctx.store.db, actor, projectId);
  checkManager(actor, records);
  const indicator = records.table.indicators[body.index];
  if (!indicator)
    throw apiError('indicatorOutOfRange', {
      index: body.index,
      count: records.table.indicators.length,
    });
  if (!isSatisfactionIndicator(indicator))
    throw recordsError('notSatisfaction', { index: body.index, name: indicator.name });
  const question =
    body.question?.trim() ||
    render(SELF_EVALUATION_LABELS.surveyQuestion, { name: indicator.name }).zh;
  const salt = randomBytes(16).toString('hex');
  const tokens =
    body.mode === 'open'
      ? [newSurveyToken()]
      : Array.from({ length: body.invitations ?? 1 }, newSurveyToken);
  const survey = await write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
    insertSurvey(tx, records.project, {
      index: body.index,
      indicatorName: indicator.name,
      question,
      mode: body.mode,
      openToken: body.mode === 'open' ? tokens[0]! : null,
      salt,
      invitationHashes: body.mode === 'open' ? [] : tokens.map(invitationHash),
    }),
  );
  return { survey, links: tokens.map(surveyLink) };
}

/**
 * Closes a survey and, when anyone answered, records its satisfied share as the indicator's
 * actual (an update by the closer, keeping the counts) in the same transaction.
 */
export async function finishSurvey(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  surveyId: string,
): Promise<{ readonly survey: Survey; readonly count: SatisfactionCount }> {
  const records = await loadProjectRecords(ctx.store.db, actor, projectId);
  const survey = await findSurvey(ctx.store.db, records.project.id, surveyId);
  if (!survey) throw recordNotFound('survey');
  checkManager(actor, records);
  return write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const closed = await closeSurvey(tx, records.project, survey);
    if (!closed) throw recordsError('surveyClosed');
    const count = countSatisfaction(await countAnswers(tx.trx, survey.id));
    const actual = surveyActual(count);
    const at = placeIndicator(
      records.table.indicators,
      { version: survey.version, index: survey.index, name: survey.indicatorName },
      records.project.version,
    );
    if (actual !== null && at !== null) {
      const latest = records.current[at] ?? null;
      const previous = latest ?? tableValues(records.table.indicators[at]!);
      await insertActualUpdates(tx, records.project, actor, [
        {
          index: at,
          name: records.table.indicators[at]!.name,
          actual,
          weight: previous.weight,
          score: previous.score,
          deviationReason: previous.deviationReason,
          numerator: count.satisfied,
          denominator: count.total,
          source: 'survey',
          sourceId: survey.id,
          previous: latest,
        },
      ]);
      // The counted rate is the indicator's actual now: the stored score follows it.
      await refreshProjectSummary(tx, actor, records.project.id, ctx.summary);
    }
    return { survey: closed, count };
  });
}
