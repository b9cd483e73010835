/**
 * Recording actuals (实际完成值) and reviewing them. An update names the indicators it changes;
 * what it leaves out keeps its current value. Before anything is written, the table with the
 * new values is scored: an actual scoring cannot read as a number for a quantitative target,
 * or a score above its weight, refuses the whole update with scoring's own findings.
 */

import { formatYuan, parseAmount } from '../../core/money/money.js';
import type { Actor } from '../../core/policy/actor.js';
import { canReviewUpdate } from '../../core/policy/actual.policy.js';
import { filesRecords } from '../../core/policy/evidence.policy.js';
import { NATIONAL_PROFILE, scoreTable } from '../../core/scoring/index.js';
import type { ScoreFinding } from '../../core/scoring/score-report.js';
import type { Indicator, TargetTable } from '../../core/table/target-table.js';
import { parseTargetValue } from '../../core/value/parse.js';
import { write } from '../../store/mutate.js';
import {
  type ActualUpdate,
  type ActualValues,
  type ExecutionValues,
  findActualUpdate,
  insertActualUpdates,
  insertExecutionUpdate,
  type NewActualUpdate,
  reviewActualUpdate,
} from '../../store/repositories/actual.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { auditActor, loadVisibleProject } from './actor.js';
import {
  loadProjectRecords,
  type ProjectRecords,
  requireOpen,
  tableValues,
} from './merged-table.js';
import { refreshProjectSummary } from './project-summary.command.js';
import { recordNotFound, recordsError } from './self-evaluation-errors.js';

/** One indicator's change. Absent fields keep their value; null clears one. */
export interface ActualEntry {
  readonly index: number;
  /** The indicator's name as the client saw it: a guard against rows that moved. */
  readonly name?: string | undefined;
  readonly actual?: string | null | undefined;
  readonly weight?: number | null | undefined;
  readonly score?: number | null | undefined;
  readonly deviationReason?: string | null | undefined;
}

/** A change of the execution line. Absent fields keep their value; null clears one. */
export interface ExecutionEntry {
  readonly initialBudget?: string | null | undefined;
  readonly budget?: string | null | undefined;
  readonly spent?: string | null | undefined;
  readonly reason?: string | null | undefined;
}

/** Scoring findings that make an update wrong rather than merely incomplete. */
const REFUSING: ReadonlySet<ScoreFinding['rule']> = new Set([
  'actual-not-a-number',
  'actual-unit-mismatch',
  'score-above-weight',
  'score-outside-tier',
]);

const text = (v: string | null): string | null => {
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
};

const pick = <T>(given: T | undefined, current: T): T => (given === undefined ? current : given);

/** An amount as the interchange writes it ("100" → "100.00"); the schema checked its form. */
const amount = (given: string | null | undefined, current: string | null): string | null => {
  if (given === undefined) return current;
  const fen = given === null ? null : parseAmount(given);
  return fen === null ? null : formatYuan(fen);
};

const sameValues = (a: ActualValues, b: ActualValues): boolean =>
  a.actual === b.actual &&
  a.weight === b.weight &&
  a.score === b.score &&
  a.deviationReason === b.deviationReason;

/** The update an entry makes on top of `latest`, or null when it changes nothing. */
export function updateOf(
  entry: ActualEntry,
  indicator: Indicator,
  latest: ActualUpdate | null,
): NewActualUpdate | null {
  const previous = latest ?? tableValues(indicator);
  const actual = entry.actual === undefined ? previous.actual : text(entry.actual);
  const values: ActualValues = {
    actual,
    weight: pick(entry.weight, previous.weight),
    score: pick(entry.score, previous.score),
    deviationReason:
      entry.deviationReason === undefined ? previous.deviationReason : text(entry.deviationReason),
    // Counts belong to the value they were counted for; typing a new value drops them.
    numerator: actual === previous.actual ? previous.numerator : null,
    denominator: actual === previous.actual ? previous.denominator : null,
  };
  if (latest !== null && sameValues(values, latest)) return null;
  const fromSurvey = latest?.source === 'survey' && actual === latest.actual;
  return {
    ...values,
    index: entry.index,
    name: indicator.name,
    source: fromSurvey ? 'survey' : 'entry',
    sourceId: fromSurvey ? latest.sourceId : null,
    previous: latest,
  };
}

/** Checks the entries against the current indicators: in range, once each, the same names. */
function checkEntries(table: TargetTable, entries: readonly ActualEntry[]): void {
  const seen = new Set<number>();
  for (const e of entries) {
    const indicator = table.indicators[e.index];
    if (!indicator)
      throw apiError('indicatorOutOfRange', { index: e.index, count: table.indicators.length });
    if (seen.has(e.index))
      throw apiError('invalidRequest', { detail: `entries: index ${e.index} appears twice` });
    seen.add(e.index);
    if (e.name !== undefined && e.name !== indicator.name)
      throw recordsError('indicatorMismatch', {
        index: e.index,
        current: indicator.name,
        given: e.name,
      });
  }
}

/**
 * Scores the table as it would be and refuses the update if scoring finds a touched indicator
 * wrong. The national profile divides the weights; a weight the unit set counts as set.
 */
export function refuseWrongValues(
  records: ProjectRecords,
  updates: readonly NewActualUpdate[],
): void {
  if (updates.length === 0) return;
  const year = records.table.project.year;
  const touched = new Map(updates.map((u) => [u.index, u]));
  const candidate: TargetTable = {
    ...records.merged,
    indicators: records.merged.indicators.map((indicator, k) => {
      const u = touched.get(k);
      if (!u) return indicator;
      return {
        ...indicator,
        actual: u.actual === null ? null : parseTargetValue(u.actual, { year }),
        weight: u.weight,
        score: u.score,
        deviationReason: u.deviationReason,
      };
    }),
  };
  const wrong = scoreTable(candidate, NATIONAL_PROFILE).findings.filter(
    (f) =>
      f.severity === 'error' &&
      REFUSING.has(f.rule) &&
      (f.indicators ?? []).some((i) => touched.has(i)),
  );
  if (wrong.length === 0) return;
  throw recordsError(
    'actualInvalid',
    {
      // Each finding is a sentence of its own.
      detail: wrong.map((f) => f.message).join(''),
      detailEn: wrong.map((f) => f.messageEn).join(' '),
    },
    wrong,
  );
}

function executionOf(
  entry: ExecutionEntry | undefined,
  records: ProjectRecords,
): { values: ExecutionValues; previous: ExecutionValues | null } | null {
  if (entry === undefined) return null;
  const base = records.table.execution;
  const previous: ExecutionValues | null = records.execution ?? null;
  const from = previous ?? {
    initialBudget: base?.initialBudget ?? null,
    budget: base?.budget ?? null,
    spent: base?.spent ?? null,
    reason: null,
  };
  const values: ExecutionValues = {
    initialBudget: amount(entry.initialBudget, from.initialBudget),
    budget: amount(entry.budget, from.budget),
    spent: amount(entry.spent, from.spent),
    reason: entry.reason === undefined ? from.reason : text(entry.reason),
  };
  const same =
    previous !== null &&
    values.initialBudget === previous.initialBudget &&
    values.budget === previous.budget &&
    values.spent === previous.spent &&
    values.reason === previous.reason;
  return same ? null : { values, previous };
}

/**
 * Records a unit's actuals and execution for its own approved project. 404 outside scope, 403
 * for other roles, 409 before approval or when a row moved, 400 for values scoring refuses;
 * nothing is written unless everything is right. Returns how many updates were written.
 */
export async function recordActuals(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  input: { readonly entries: readonly ActualEntry[]; readonly execution?: ExecutionEntry },
): Promise<{ readonly written: number }> {
  const records = await loadProjectRecords(ctx.store.db, actor, projectId);
  if (!filesRecords(actor, records.project)) throw apiError('forbidden');
  requireOpen(records.project);
  checkEntries(records.table, input.entries);
  const updates = input.entries.flatMap((e) => {
    const u = updateOf(e, records.table.indicators[e.index]!, records.current[e.index] ?? null);
    return u ? [u] : [];
  });
  refuseWrongValues(records, updates);
  const execution = executionOf(input.execution, records);
  if (updates.length === 0 && execution === null) return { written: 0 };
  await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    await insertActualUpdates(tx, records.project, actor, updates);
    if (execution)
      await insertExecutionUpdate(tx, records.project, actor, execution.values, execution.previous);
    await refreshProjectSummary(tx, actor, records.project.id, ctx.summary);
  });
  return { written: updates.length + (execution ? 1 : 0) };
}

/**
 * A reviewer approves or rejects an update. Nobody reviews their own, nor a correction entered
 * on their behalf (403); a rejection says why (400); an update is reviewed once (409).
 */
export async function reviewActual(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  updateId: string,
  input: { readonly decision: 'approved' | 'rejected'; readonly comment?: string | undefined },
): Promise<ActualUpdate> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  const update = await findActualUpdate(ctx.store.db, project.id, updateId);
  if (!update) throw recordNotFound('update');
  const decision = canReviewUpdate(actor, project, {
    authorId: update.authorId,
    onBehalfOfId: update.correction?.onBehalfOfId ?? null,
  });
  if (decision === 'not-your-role') throw apiError('forbidden');
  if (decision === 'own-update') throw recordsError('ownUpdate');
  const comment = text(input.comment ?? null);
  if (input.decision === 'rejected' && comment === null)
    throw recordsError('reviewCommentRequired');
  const already = () =>
    recordsError('alreadyReviewed', {
      at: update.review.at ?? '',
      by: update.review.byName ?? '',
    });
  if (update.review.state !== 'pending') throw already();
  return write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const reviewed = await reviewActualUpdate(tx, project, update, actor, input.decision, comment);
    if (!reviewed) throw already();
    // A rejected value no longer counts: the stored score follows.
    await refreshProjectSummary(tx, actor, project.id, ctx.summary);
    return reviewed;
  });
}
