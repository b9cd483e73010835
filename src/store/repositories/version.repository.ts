/** Immutable versions of a project's target table. */

import type { Selectable } from 'kysely';
import type { TargetTable } from '../../core/table/target-table.js';
import { sha256Hex } from '../audit/chain.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { TargetVersionTable } from '../tables/version.table.js';

/** A version without its content. */
export interface VersionMeta {
  readonly id: string;
  readonly projectId: string;
  readonly number: number;
  readonly sha256: string;
  readonly indicatorCount: number;
  /** import | edit | demo */
  readonly source: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly createdByName: string;
}

/** How a version came to be. */
export type VersionSource = 'import' | 'edit' | 'demo';

type MetaRow = Omit<Selectable<TargetVersionTable>, 'table_json' | 'org_id'>;

/** Maps a row (with or without content) to `VersionMeta`. */
export function rowToVersion(row: MetaRow): VersionMeta {
  return {
    id: row.id,
    projectId: row.project_id,
    number: row.number,
    sha256: row.sha256,
    indicatorCount: row.indicator_count,
    source: row.source,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
  };
}

const META_COLUMNS = [
  'id',
  'project_id',
  'number',
  'sha256',
  'indicator_count',
  'source',
  'note',
  'created_at',
  'created_by',
  'created_by_name',
] as const;

/** Writes a version row. Versions are never updated afterwards. */
export async function insertVersion(
  tx: WriteTx,
  input: {
    readonly id: string;
    readonly projectId: string;
    readonly orgId: string;
    readonly number: number;
    readonly table: TargetTable;
    readonly source: VersionSource;
    readonly note: string | null;
  },
): Promise<VersionMeta> {
  const tableJson = JSON.stringify(input.table);
  const row: Selectable<TargetVersionTable> = {
    id: input.id,
    project_id: input.projectId,
    org_id: input.orgId,
    number: input.number,
    table_json: tableJson,
    sha256: sha256Hex(tableJson),
    indicator_count: input.table.indicators.length,
    source: input.source,
    note: input.note,
    created_at: tx.now,
    created_by: tx.actor.id,
    created_by_name: tx.actor.name,
  };
  await tx.trx.insertInto('target_versions').values(row).execute();
  return rowToVersion(row);
}

/** A version in a list: with its author's display name as the account says it now. */
export interface ListedVersion extends VersionMeta {
  /** The author's 姓名 (display name); null for a system process or a removed account. */
  readonly createdByDisplayName: string | null;
}

/** Every version of a project, newest first, without content, with its author's name. */
export async function listVersions(q: Queryable, projectId: string): Promise<ListedVersion[]> {
  const rows = await q
    .selectFrom('target_versions')
    .leftJoin('users', 'users.id', 'target_versions.created_by')
    .select(META_COLUMNS.map((c) => `target_versions.${c}` as const))
    .select('users.display_name as created_by_display_name')
    .where('target_versions.project_id', '=', projectId)
    .orderBy('target_versions.number', 'desc')
    .execute();
  return rows.map((row) => ({
    ...rowToVersion(row),
    createdByDisplayName: row.created_by_display_name,
  }));
}

/** One version with its content as stored (JSON text, sent as is). */
export async function findVersion(
  q: Queryable,
  projectId: string,
  number: number,
): Promise<{ readonly meta: VersionMeta; readonly tableJson: string } | undefined> {
  const row = await q
    .selectFrom('target_versions')
    .select([...META_COLUMNS, 'table_json'])
    .where('project_id', '=', projectId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row && { meta: rowToVersion(row), tableJson: row.table_json };
}

/** The content of one version by its id (JSON text as stored). */
export async function findVersionContent(
  q: Queryable,
  versionId: string,
): Promise<string | undefined> {
  const row = await q
    .selectFrom('target_versions')
    .select('table_json')
    .where('id', '=', versionId)
    .executeTakeFirst();
  return row?.table_json;
}
