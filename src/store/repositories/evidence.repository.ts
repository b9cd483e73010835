/**
 * Evidence files (佐证材料) attached to indicators: metadata rows here, content on disk
 * (evidence-files.ts). A delete marks the row, so history and the audit log still name what
 * was attached and by whom.
 */

import type { Selectable } from 'kysely';
import type { Actor } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { EvidenceFileTable } from '../tables/evidence.table.js';
import type { ProjectRecord } from './project.repository.js';

/** One evidence file as the domain sees it. */
export interface EvidenceFile {
  readonly id: string;
  readonly projectId: string;
  readonly version: number;
  readonly index: number;
  readonly indicatorName: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sha256: string;
  readonly uploadedByName: string;
  readonly createdAt: string;
}

/** Maps a row to an `EvidenceFile`. */
export function rowToEvidence(row: Selectable<EvidenceFileTable>): EvidenceFile {
  return {
    id: row.id,
    projectId: row.project_id,
    version: Number(row.version),
    index: Number(row.indicator_index),
    indicatorName: row.indicator_name,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedByName: row.uploaded_by_name,
    createdAt: row.created_at,
  };
}

/** The project's evidence still attached, oldest first; optionally of one indicator. */
export async function listEvidence(
  q: Queryable,
  projectId: string,
  index?: number,
): Promise<EvidenceFile[]> {
  let query = q
    .selectFrom('evidence_files')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('deleted_at', 'is', null);
  if (index !== undefined) query = query.where('indicator_index', '=', index);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(rowToEvidence);
}

/** One attached evidence file of the project, or undefined. */
export async function findEvidence(
  q: Queryable,
  projectId: string,
  id: string,
): Promise<EvidenceFile | undefined> {
  const row = await q
    .selectFrom('evidence_files')
    .selectAll()
    .where('project_id', '=', projectId)
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row && rowToEvidence(row);
}

/** Records an uploaded file (its content already stored) on an indicator. */
export async function insertEvidence(
  tx: WriteTx,
  project: ProjectRecord,
  uploader: Actor,
  file: {
    readonly index: number;
    readonly indicatorName: string;
    readonly fileName: string;
    readonly mediaType: string;
    readonly size: number;
    readonly sha256: string;
  },
): Promise<EvidenceFile> {
  const row: Selectable<EvidenceFileTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    version: project.version,
    indicator_index: file.index,
    indicator_name: file.indicatorName,
    file_name: file.fileName,
    media_type: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    uploaded_by: uploader.userId,
    uploaded_by_name: uploader.username,
    created_at: tx.now,
    deleted_at: null,
    deleted_by_name: null,
  };
  await tx.trx.insertInto('evidence_files').values(row).execute();
  tx.record({
    action: 'evidence.upload',
    entity: 'evidence',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: auditFacts(rowToEvidence(row)),
  });
  return rowToEvidence(row);
}

/** Detaches an evidence file. False when someone deleted it first. */
export async function deleteEvidence(
  tx: WriteTx,
  project: ProjectRecord,
  evidence: EvidenceFile,
): Promise<boolean> {
  const result = await tx.trx
    .updateTable('evidence_files')
    .set({ deleted_at: tx.now, deleted_by_name: tx.actor.name })
    .where('id', '=', evidence.id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) return false;
  tx.record({
    action: 'evidence.delete',
    entity: 'evidence',
    entityId: evidence.id,
    orgId: project.orgId,
    projectId: project.id,
    before: auditFacts(evidence),
  });
  return true;
}

const auditFacts = (e: EvidenceFile) => ({
  index: e.index,
  indicatorName: e.indicatorName,
  fileName: e.fileName,
  mediaType: e.mediaType,
  size: e.size,
  sha256: e.sha256,
});
