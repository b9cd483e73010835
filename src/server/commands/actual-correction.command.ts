/**
 * A reviewer corrects an actual (实际完成值). The correction is a new update: the reviewer is
 * its author, the unit's original author is kept as the person it was entered for, and it
 * names the update it corrects and why (DESIGN, "Lessons": the author is kept when a reviewer
 * edits). Scoring checks the corrected value exactly as it checks the unit's own; the
 * correction then waits for a review by someone else, like any update.
 */

import {
  ACTUAL_CORRECTION_ERRORS,
  type ActualCorrectionErrorCode,
  type MessageParams,
  render,
} from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { canCorrectActual } from '../../core/policy/actual.policy.js';
import { write } from '../../store/mutate.js';
import {
  type ActualUpdate,
  findActualUpdate,
  insertActualUpdates,
  latestActuals,
  lockProjectRecords,
} from '../../store/repositories/actual.repository.js';
import type { ServerContext } from '../context.js';
import { ApiError, apiError } from '../errors.js';
import { auditActor } from './actor.js';
import { refuseWrongValues, updateOf } from './actuals.command.js';
import { loadProjectRecords, placeIndicator, placeUpdates, requireOpen } from './merged-table.js';
import { refreshProjectSummary } from './project-summary.command.js';
import { recordNotFound } from './self-evaluation-errors.js';

/** The status each correction error is sent with. */
export const CORRECTION_ERROR_STATUS: Readonly<Record<ActualCorrectionErrorCode, number>> = {
  correctionReasonRequired: 400,
  correctionUnchanged: 400,
  updateSuperseded: 409,
};

function correctionError(code: ActualCorrectionErrorCode, params: MessageParams = {}): ApiError {
  return new ApiError(
    code,
    CORRECTION_ERROR_STATUS[code],
    render(ACTUAL_CORRECTION_ERRORS[code], params),
  );
}

/** The corrected values: absent fields keep the corrected update's, null clears one. */
export interface CorrectionInput {
  readonly actual?: string | null | undefined;
  readonly weight?: number | null | undefined;
  readonly score?: number | null | undefined;
  readonly deviationReason?: string | null | undefined;
  /** Why the reviewer corrects the value (required). */
  readonly reason?: string | undefined;
}

/**
 * Records a reviewer's correction of the update `updateId`, which must be its indicator's
 * current value. 404 outside scope or for an unknown update, 403 for roles that do not review,
 * 409 before approval or when the update is no longer current, 400 without a reason, for a
 * correction that changes nothing, or for values scoring refuses. Returns the new update.
 */
export async function correctActual(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  updateId: string,
  input: CorrectionInput,
): Promise<ActualUpdate> {
  const records = await loadProjectRecords(ctx.store.db, actor, projectId);
  const { project, table } = records;
  if (!canCorrectActual(actor, project)) throw apiError('forbidden');
  requireOpen(project);
  const corrected = await findActualUpdate(ctx.store.db, project.id, updateId);
  if (!corrected) throw recordNotFound('update');
  const k = placeIndicator(table.indicators, corrected, project.version);
  if (k === null || records.current[k]?.id !== corrected.id)
    throw correctionError('updateSuperseded', { name: corrected.name });
  const { reason: given, ...values } = input;
  const reason = given?.trim() ?? '';
  if (reason === '') throw correctionError('correctionReasonRequired');
  const update = updateOf({ ...values, index: k }, table.indicators[k]!, corrected);
  if (update === null) throw correctionError('correctionUnchanged');
  refuseWrongValues(records, [update]);
  // The original author stays the same through a correction of a correction.
  const original = corrected.correction ?? {
    onBehalfOfId: corrected.authorId,
    onBehalfOfName: corrected.authorName,
  };
  return write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    // Checked again under the project's lock: an update written meanwhile wins.
    await lockProjectRecords(tx, project.id);
    const now = placeUpdates(
      table.indicators,
      await latestActuals(tx.trx, project.id),
      project.version,
    );
    if (now.current[k]?.id !== corrected.id)
      throw correctionError('updateSuperseded', { name: corrected.name });
    const [written] = await insertActualUpdates(tx, project, actor, [
      {
        ...update,
        correction: {
          fromId: corrected.id,
          onBehalfOfId: original.onBehalfOfId,
          onBehalfOfName: original.onBehalfOfName,
          reason,
        },
      },
    ]);
    await refreshProjectSummary(tx, actor, project.id, ctx.summary);
    return written!;
  });
}
