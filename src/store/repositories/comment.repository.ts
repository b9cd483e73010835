/** Review comments (审核意见): on the table as a whole or on one indicator. */

import type { Selectable } from 'kysely';
import type { Actor, Role } from '../../core/policy/actor.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { CommentTable } from '../tables/comment.table.js';
import type { ProjectRecord } from './project.repository.js';

/** A comment as the domain sees it. */
export interface ReviewComment {
  readonly id: string;
  readonly projectId: string;
  readonly version: number;
  readonly indicatorIndex: number | null;
  readonly indicatorName: string | null;
  /** review: written by hand; transition: the opinion given with a workflow action. */
  readonly kind: 'review' | 'transition';
  readonly action: string | null;
  readonly body: string;
  readonly authorId: string | null;
  readonly authorName: string;
  readonly authorRole: Role | null;
  readonly createdAt: string;
}

/** Maps a row to a `ReviewComment`. */
export function rowToComment(row: Selectable<CommentTable>): ReviewComment {
  return {
    id: row.id,
    projectId: row.project_id,
    version: row.version,
    indicatorIndex: row.indicator_index,
    indicatorName: row.indicator_name,
    kind: row.kind as ReviewComment['kind'],
    action: row.action,
    body: row.body,
    authorId: row.author_id,
    authorName: row.author_name,
    authorRole: row.author_role as Role | null,
    createdAt: row.created_at,
  };
}

/** Adds a comment on the project's current version. */
export async function insertComment(
  tx: WriteTx,
  project: ProjectRecord,
  author: Actor,
  input: {
    readonly body: string;
    readonly indicatorIndex: number | null;
    readonly indicatorName: string | null;
    readonly kind: ReviewComment['kind'];
    readonly action?: string | null;
  },
): Promise<ReviewComment> {
  const row: Selectable<CommentTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    version: project.version,
    indicator_index: input.indicatorIndex,
    indicator_name: input.indicatorName,
    kind: input.kind,
    action: input.action ?? null,
    body: input.body,
    author_id: author.userId,
    author_name: author.username,
    author_role: author.role,
    created_at: tx.now,
  };
  await tx.trx.insertInto('comments').values(row).execute();
  tx.record({
    action: 'comment.create',
    entity: 'comment',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: {
      version: row.version,
      indicatorIndex: row.indicator_index,
      indicatorName: row.indicator_name,
      kind: row.kind,
      body: row.body,
    },
  });
  return rowToComment(row);
}

/** The comments of a project, oldest first; optionally only those on one indicator. */
export async function listComments(
  q: Queryable,
  projectId: string,
  indicatorIndex?: number,
): Promise<ReviewComment[]> {
  let query = q.selectFrom('comments').selectAll().where('project_id', '=', projectId);
  if (indicatorIndex !== undefined) query = query.where('indicator_index', '=', indicatorIndex);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(rowToComment);
}
