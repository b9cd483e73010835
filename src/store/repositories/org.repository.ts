/** Organisations: the tree finance → department → unit, stored with materialised paths. */

import type { Selectable } from 'kysely';
import { childPath, type OrgKind } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { OrgTable } from '../tables/org.table.js';
import { underPath } from './scope.js';

/** An organisation as the domain sees it. */
export interface Org {
  readonly id: string;
  readonly parentId: string | null;
  readonly kind: OrgKind;
  readonly name: string;
  /** Ids from the root, "/root/dept/unit/". */
  readonly path: string;
  readonly createdAt: string;
}

/** Maps a row to an `Org`. */
export function rowToOrg(row: Selectable<OrgTable>): Org {
  return {
    id: row.id,
    parentId: row.parent_id,
    kind: row.kind as OrgKind,
    name: row.name,
    path: row.path,
    createdAt: row.created_at,
  };
}

/** Adds an organisation under `parent` (null: a new root). The caller has checked the policy. */
export async function insertOrg(
  tx: WriteTx,
  input: { readonly name: string; readonly kind: OrgKind; readonly parent: Org | null },
): Promise<Org> {
  const id = tx.newId();
  const row: Selectable<OrgTable> = {
    id,
    parent_id: input.parent?.id ?? null,
    kind: input.kind,
    name: input.name,
    path: childPath(input.parent?.path ?? null, id),
    created_at: tx.now,
  };
  await tx.trx.insertInto('orgs').values(row).execute();
  const org = rowToOrg(row);
  tx.record({
    action: 'org.create',
    entity: 'org',
    entityId: id,
    // The parent records that it gained a child; a new root starts its own chain.
    orgId: input.parent?.id ?? id,
    after: { name: org.name, kind: org.kind, parentId: org.parentId },
  });
  return org;
}

/** One organisation by id. */
export async function findOrg(q: Queryable, id: string): Promise<Org | undefined> {
  const row = await q.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
  return row && rowToOrg(row);
}

/** Organisations with this exact name (names repeat across regions, so possibly several). */
export async function findOrgsByName(q: Queryable, name: string): Promise<Org[]> {
  const rows = await q.selectFrom('orgs').selectAll().where('name', '=', name).execute();
  return rows.map(rowToOrg);
}

/** Every organisation inside `scopePath` (null: all), parents before children. */
export async function listOrgs(q: Queryable, scopePath: string | null): Promise<Org[]> {
  let query = q.selectFrom('orgs').selectAll();
  if (scopePath !== null) query = query.where(underPath('path', scopePath));
  const rows = await query.orderBy('path').execute();
  return rows.map(rowToOrg);
}
