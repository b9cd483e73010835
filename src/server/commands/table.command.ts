/** Saving a new version of a project's table: If-Match, the lock, review, compare-and-set. */

import { WORKFLOW_MESSAGES } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { canEditTable } from '../../core/policy/project.policy.js';
import type { ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { lockOf } from '../../core/workflow/states.js';
import { write } from '../../store/mutate.js';
import { type SaveResult, saveTable } from '../../store/repositories/project.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { auditActor, loadVisibleProject } from './actor.js';
import { previousYearTable } from './previous-year.js';
import { refreshProjectSummary } from './project-summary.command.js';

/**
 * Reads the version from `If-Match`: `"3"`, `W/"3"` or `3`. Undefined when the header is
 * missing; NaN when it names no version (which can never match).
 */
export function versionOfIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  return match ? Number(match[1]) : Number.NaN;
}

/** The ETag of a version. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

/**
 * Saves `table` as the project's next version if the caller edited the current one. 428 when
 * If-Match is missing, 409 when it is stale or the table is locked (saying why), 403 for a role
 * that never edits, 404 outside the caller's scope. Nothing is written unless it succeeds.
 */
export async function saveProjectTable(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  ifMatch: string | undefined,
  table: TargetTable,
): Promise<Extract<SaveResult, { kind: 'saved' }> & ReviewResult> {
  const project = await loadVisibleProject(ctx.store.db, actor, projectId);
  if (actor.role !== 'unit-filer') throw apiError('forbidden');
  const lock = lockOf(project.state);
  if (lock !== null || !canEditTable(actor, project)) {
    const why = WORKFLOW_MESSAGES.locks[lock ?? 'under-review'];
    throw apiError('tableLocked', { reason: why.zh, reasonEn: why.en });
  }
  const expected = versionOfIfMatch(ifMatch);
  if (expected === undefined) throw apiError('preconditionRequired');
  const previous = await previousYearTable(ctx.store.db, project.orgId, table);
  const { findings, summary } = ctx.review(table, { previous });
  const result = await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    const saved = await saveTable(tx, project, Number.isNaN(expected) ? -1 : expected, {
      table,
      findings,
      source: 'edit',
      note: null,
    });
    // Throwing rolls the transaction back: a stale save writes nothing, audit included.
    if (saved.kind === 'conflict')
      throw apiError('versionConflict', { current: saved.current, given: ifMatch ?? '' });
    // New targets change the score and the lights the records give.
    const { score, monitoring } = await refreshProjectSummary(tx, actor, project.id, ctx.summary);
    return { ...saved, project: { ...saved.project, score, monitoring } };
  });
  return { ...result, findings, summary };
}
