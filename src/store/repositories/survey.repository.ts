/**
 * Satisfaction surveys (满意度调查): the survey, its single-use invitations (hashes only), and
 * the answers. An answer is written only while the survey is open and only once per device or
 * invitation; the unique constraints back the checks made here, so a race cannot count twice.
 */

import type { Selectable } from 'kysely';
import type { SurveyAnswer } from '../../core/policy/survey.policy.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { SurveyTable } from '../tables/survey.table.js';
import type { ProjectRecord } from './project.repository.js';

/** A survey as the domain sees it. */
export interface Survey {
  readonly id: string;
  readonly projectId: string;
  readonly orgId: string;
  readonly version: number;
  readonly index: number;
  readonly indicatorName: string;
  readonly question: string;
  readonly mode: 'open' | 'invitation';
  readonly openToken: string | null;
  readonly salt: string;
  readonly invitations: number;
  readonly state: 'open' | 'closed';
  readonly createdByName: string;
  readonly createdAt: string;
  readonly closedAt: string | null;
  readonly closedByName: string | null;
}

function rowToSurvey(row: Selectable<SurveyTable>): Survey {
  return {
    id: row.id,
    projectId: row.project_id,
    orgId: row.org_id,
    version: Number(row.version),
    index: Number(row.indicator_index),
    indicatorName: row.indicator_name,
    question: row.question,
    mode: row.mode as Survey['mode'],
    openToken: row.open_token,
    salt: row.salt,
    invitations: Number(row.invitations),
    state: row.state as Survey['state'],
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    closedByName: row.closed_by_name,
  };
}

/** How many answers of each kind, and how many invitations were used. */
export interface SurveyTally {
  readonly answers: Readonly<Partial<Record<SurveyAnswer, number>>>;
  readonly invitationsUsed: number;
}

/** Stores a new survey and the hashes of its invitation tokens, audited (tokens are not). */
export async function insertSurvey(
  tx: WriteTx,
  project: ProjectRecord,
  input: {
    readonly index: number;
    readonly indicatorName: string;
    readonly question: string;
    readonly mode: Survey['mode'];
    readonly openToken: string | null;
    readonly salt: string;
    readonly invitationHashes: readonly string[];
  },
): Promise<Survey> {
  const row: Selectable<SurveyTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    version: project.version,
    indicator_index: input.index,
    indicator_name: input.indicatorName,
    question: input.question,
    mode: input.mode,
    open_token: input.openToken,
    salt: input.salt,
    invitations: input.invitationHashes.length,
    state: 'open',
    created_by_name: tx.actor.name,
    created_at: tx.now,
    closed_at: null,
    closed_by_name: null,
  };
  await tx.trx.insertInto('surveys').values(row).execute();
  const invitations = input.invitationHashes.map((token_hash) => ({
    token_hash,
    survey_id: row.id,
    org_id: project.orgId,
    used_at: null,
  }));
  for (let k = 0; k < invitations.length; k += 500)
    await tx.trx
      .insertInto('survey_invitations')
      .values(invitations.slice(k, k + 500))
      .execute();
  tx.record({
    action: 'survey.create',
    entity: 'survey',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: {
      index: input.index,
      indicatorName: input.indicatorName,
      question: input.question,
      mode: input.mode,
      invitations: row.invitations,
    },
  });
  return rowToSurvey(row);
}

/** The project's surveys, oldest first. */
export async function listSurveys(q: Queryable, projectId: string): Promise<Survey[]> {
  const rows = await q
    .selectFrom('surveys')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToSurvey);
}

/** One survey of the project, or undefined. */
export async function findSurvey(
  q: Queryable,
  projectId: string,
  id: string,
): Promise<Survey | undefined> {
  const row = await q
    .selectFrom('surveys')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && rowToSurvey(row);
}

/** The tallies of the surveys of a project, by survey id (two queries, however many). */
export async function tallySurveys(
  q: Queryable,
  projectId: string,
): Promise<Map<string, SurveyTally>> {
  const answers = await q
    .selectFrom('survey_responses')
    .innerJoin('surveys', 'surveys.id', 'survey_responses.survey_id')
    .select(['survey_responses.survey_id', 'survey_responses.answer'])
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('surveys.project_id', '=', projectId)
    .groupBy(['survey_responses.survey_id', 'survey_responses.answer'])
    .execute();
  const used = await q
    .selectFrom('survey_invitations')
    .innerJoin('surveys', 'surveys.id', 'survey_invitations.survey_id')
    .select('survey_invitations.survey_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('surveys.project_id', '=', projectId)
    .where('survey_invitations.used_at', 'is not', null)
    .groupBy('survey_invitations.survey_id')
    .execute();
  const tallies = new Map<
    string,
    { answers: Partial<Record<SurveyAnswer, number>>; used: number }
  >();
  const of = (id: string) => {
    let t = tallies.get(id);
    if (!t) {
      t = { answers: {}, used: 0 };
      tallies.set(id, t);
    }
    return t;
  };
  for (const a of answers) of(a.survey_id).answers[a.answer as SurveyAnswer] = Number(a.n);
  for (const u of used) of(u.survey_id).used = Number(u.n);
  return new Map(
    [...tallies].map(([id, t]) => [id, { answers: t.answers, invitationsUsed: t.used }]),
  );
}

/** A survey reached by a public link: its open token, or one of its invitation tokens. */
export async function findSurveyByToken(
  q: Queryable,
  token: string,
  tokenHash: string,
): Promise<
  { readonly survey: Survey; readonly invitation: { readonly used: boolean } | null } | undefined
> {
  const open = await q
    .selectFrom('surveys')
    .selectAll()
    .where('open_token', '=', token)
    .executeTakeFirst();
  if (open) return { survey: rowToSurvey(open), invitation: null };
  const invited = await q
    .selectFrom('survey_invitations')
    .innerJoin('surveys', 'surveys.id', 'survey_invitations.survey_id')
    .selectAll('surveys')
    .select('survey_invitations.used_at')
    .where('survey_invitations.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!invited) return undefined;
  return { survey: rowToSurvey(invited), invitation: { used: invited.used_at !== null } };
}

/** True when this device already answered the survey. */
export async function deviceAnswered(
  q: Queryable,
  surveyId: string,
  deviceKey: string,
): Promise<boolean> {
  const row = await q
    .selectFrom('survey_responses')
    .select('id')
    .where('survey_id', '=', surveyId)
    .where('device_key', '=', deviceKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** Why an answer was not counted. */
export type ResponseRefusal = 'closed' | 'answered' | 'invitation-used' | 'address-limit';

/**
 * Counts one answer. The survey row is locked first, so an answer and the survey's closing
 * never interleave; nothing is written when the answer is refused.
 */
export async function insertResponse(
  tx: WriteTx,
  survey: Survey,
  response: {
    readonly answer: SurveyAnswer;
    readonly comment: string | null;
    readonly deviceKey: string | null;
    readonly invitationHash: string | null;
    readonly ipHash: string;
    /** Answers counted per survey from one address (open links only). */
    readonly maxPerAddress: number;
  },
): Promise<{ readonly kind: 'counted'; readonly id: string } | { readonly kind: ResponseRefusal }> {
  const open = await tx.trx
    .updateTable('surveys')
    .set((eb) => ({ state: eb.ref('state') }))
    .where('id', '=', survey.id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (open.numUpdatedRows !== 1n) return { kind: 'closed' };
  if (response.deviceKey !== null) {
    if (await deviceAnswered(tx.trx, survey.id, response.deviceKey)) return { kind: 'answered' };
    // Only open links are capped per address: an invitation is single-use already.
    const fromAddress = await tx.trx
      .selectFrom('survey_responses')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('survey_id', '=', survey.id)
      .where('ip_hash', '=', response.ipHash)
      .executeTakeFirst();
    if (Number(fromAddress?.n ?? 0) >= response.maxPerAddress) return { kind: 'address-limit' };
  }
  // The last check before the answer is written, so a refusal never leaves a used invitation.
  if (response.invitationHash !== null) {
    const used = await tx.trx
      .updateTable('survey_invitations')
      .set({ used_at: tx.now })
      .where('token_hash', '=', response.invitationHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (used.numUpdatedRows !== 1n) return { kind: 'invitation-used' };
  }
  const id = tx.newId();
  await tx.trx
    .insertInto('survey_responses')
    .values({
      id,
      survey_id: survey.id,
      org_id: survey.orgId,
      answer: response.answer,
      comment: response.comment,
      device_key: response.deviceKey,
      invitation_hash: response.invitationHash,
      ip_hash: response.ipHash,
      created_at: tx.now,
    })
    .execute();
  tx.record({
    action: 'survey.respond',
    entity: 'survey-response',
    entityId: id,
    orgId: survey.orgId,
    projectId: survey.projectId,
    // The answer is counted data; the comment may be personal and stays out of the log.
    after: { surveyId: survey.id, answer: response.answer },
  });
  return { kind: 'counted', id };
}

/** The answers of one survey by kind. */
export async function countAnswers(
  q: Queryable,
  surveyId: string,
): Promise<Partial<Record<SurveyAnswer, number>>> {
  const rows = await q
    .selectFrom('survey_responses')
    .select('answer')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('survey_id', '=', surveyId)
    .groupBy('answer')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.answer, Number(r.n)]));
}

/** Closes an open survey. Undefined when it was closed already. */
export async function closeSurvey(
  tx: WriteTx,
  project: ProjectRecord,
  survey: Survey,
): Promise<Survey | undefined> {
  const result = await tx.trx
    .updateTable('surveys')
    .set({ state: 'closed', closed_at: tx.now, closed_by_name: tx.actor.name })
    .where('id', '=', survey.id)
    .where('state', '=', 'open')
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return undefined;
  tx.record({
    action: 'survey.close',
    entity: 'survey',
    entityId: survey.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { state: 'open' },
    after: { state: 'closed' },
  });
  return { ...survey, state: 'closed', closedAt: tx.now, closedByName: tx.actor.name };
}
