/**
 * Evidence files (佐证材料) on an indicator: checked from their bytes, named safely, stored by
 * content hash, recorded with an audit entry; read and deleted with the project's own rules.
 */

import type { ReadStream } from 'node:fs';
import { EVIDENCE_REFUSALS } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { filesRecords } from '../../core/policy/evidence.policy.js';
import { canViewProject } from '../../core/policy/project.policy.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { openBlob, putBlob } from '../../store/evidence-files.js';
import { write } from '../../store/mutate.js';
import {
  deleteEvidence,
  type EvidenceFile,
  findEvidence,
  insertEvidence,
} from '../../store/repositories/evidence.repository.js';
import {
  findProjectTable,
  type ProjectRecord,
} from '../../store/repositories/project.repository.js';
import type { ServerContext } from '../context.js';
import { apiError, notFound } from '../errors.js';
import { auditActor } from './actor.js';
import { evidenceTypeOf } from './evidence-type.js';
import { sanitiseFileName } from './file-name.js';
import { placeIndicator, requireOpen } from './merged-table.js';
import { recordNotFound, recordsError } from './self-evaluation-errors.js';
import type { SelfEvaluationSettings } from './self-evaluation-settings.js';

/** An indicator of a project the actor may see. */
export interface IndicatorTarget {
  readonly project: ProjectRecord;
  readonly table: TargetTable;
  readonly index: number;
  readonly name: string;
}

/** Loads the project (404 outside scope) and the indicator (400 when out of range). */
export async function loadIndicator(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  index: number,
): Promise<IndicatorTarget> {
  const found = await findProjectTable(ctx.store.db, projectId);
  if (!found || !canViewProject(actor, found.project)) throw notFound('project');
  const table = JSON.parse(found.tableJson) as TargetTable;
  const indicator = table.indicators[index];
  if (!indicator) throw apiError('indicatorOutOfRange', { index, count: table.indicators.length });
  return { project: found.project, table, index, name: indicator.name };
}

/** The evidence folder, or 503 when the deployment named none. */
function evidenceDir(settings: SelfEvaluationSettings): string {
  if (settings.evidenceDir === null) throw recordsError('evidenceStoreUnconfigured');
  return settings.evidenceDir;
}

/**
 * Checks, before a byte is read, that the actor may attach evidence to the indicator now:
 * 404 outside scope, 403 for other roles, 409 before approval, 400 for no such indicator.
 */
export async function prepareUpload(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  projectId: string,
  index: number,
): Promise<IndicatorTarget> {
  const target = await loadIndicator(ctx, actor, projectId, index);
  if (!filesRecords(actor, target.project)) throw apiError('forbidden');
  requireOpen(target.project);
  evidenceDir(settings);
  return target;
}

/**
 * Stores an uploaded file: refused when empty or of a type not allowed (nothing is written);
 * otherwise its content on disk (once per content) and its row with an audit entry.
 */
export async function storeEvidence(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  target: IndicatorTarget,
  upload: { readonly fileName: string; readonly bytes: Uint8Array },
): Promise<EvidenceFile> {
  const shown = sanitiseFileName(upload.fileName, 'bin');
  if (upload.bytes.length === 0) throw recordsError('evidenceEmpty', { file: shown });
  const type = evidenceTypeOf(upload.bytes, upload.fileName);
  if (type.kind === 'refused') {
    const why = EVIDENCE_REFUSALS[type.why];
    throw recordsError('evidenceForbidden', { file: shown, why: why.zh, whyEn: why.en });
  }
  const fileName = sanitiseFileName(upload.fileName, type.extension);
  const blob = await putBlob(evidenceDir(settings), upload.bytes);
  return write(ctx.store.db, auditActor(actor), ctx.services, (tx) =>
    insertEvidence(tx, target.project, actor, {
      index: target.index,
      indicatorName: target.name,
      fileName,
      mediaType: type.mediaType,
      size: blob.size,
      sha256: blob.sha256,
    }),
  );
}

/** The evidence file at `index` of the project, placed on the current indicators, or 404. */
async function loadEvidence(
  ctx: ServerContext,
  target: IndicatorTarget,
  evidenceId: string,
): Promise<EvidenceFile> {
  const evidence = await findEvidence(ctx.store.db, target.project.id, evidenceId);
  const at =
    evidence &&
    placeIndicator(
      target.table.indicators,
      { version: evidence.version, index: evidence.index, name: evidence.indicatorName },
      target.project.version,
    );
  if (!evidence || at !== target.index) throw recordNotFound('evidence');
  return evidence;
}

/** Opens an evidence file for download, authorised like the project (404 outside scope). */
export async function openEvidence(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  projectId: string,
  index: number,
  evidenceId: string,
): Promise<{ readonly evidence: EvidenceFile; readonly stream: ReadStream }> {
  const target = await loadIndicator(ctx, actor, projectId, index);
  const evidence = await loadEvidence(ctx, target, evidenceId);
  const stream = await openBlob(evidenceDir(settings), evidence.sha256);
  if (stream === null) throw recordsError('evidenceBlobMissing', { sha256: evidence.sha256 });
  return { evidence, stream };
}

/** Detaches an evidence file (the unit, while its records are open), with an audit entry. */
export async function removeEvidence(
  ctx: ServerContext,
  actor: Actor,
  projectId: string,
  index: number,
  evidenceId: string,
): Promise<void> {
  const target = await loadIndicator(ctx, actor, projectId, index);
  if (!filesRecords(actor, target.project)) throw apiError('forbidden');
  requireOpen(target.project);
  const evidence = await loadEvidence(ctx, target, evidenceId);
  await write(ctx.store.db, auditActor(actor), ctx.services, async (tx) => {
    if (!(await deleteEvidence(tx, target.project, evidence))) throw recordNotFound('evidence');
  });
}
