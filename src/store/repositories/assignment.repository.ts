/**
 * Evaluators assigned to projects (第三方评价): one evaluator account, or an evaluating
 * organisation whose evaluators all see the project. An evaluator's assigned projects are read
 * with the caller on every request, and lists filter by the same rows, so a list and a single
 * read always agree. Every assignment and removal is audited.
 */

import { type Expression, expressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { Actor } from '../../core/policy/actor.js';
import { memberOrgIds } from '../../core/policy/assignment.policy.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { ProjectAssignmentTable } from '../tables/assignment.table.js';
import type { Database } from '../tables/database.js';
import type { ProjectRecord } from './project.repository.js';
import { underPath } from './scope.js';

/** An assignment with the names to show. */
export interface Assignment {
  readonly id: string;
  readonly projectId: string;
  readonly kind: 'user' | 'org';
  /** The evaluator account or organisation assigned. */
  readonly assigneeId: string;
  /** The account's username, or the organisation's name. */
  readonly assigneeName: string;
  /** The organisation the account belongs to (for an organisation: itself). */
  readonly assigneeOrgName: string | null;
  readonly createdByName: string;
  readonly createdAt: string;
}

/** Who is assigned: an account or an organisation. */
export type Assignee =
  | { readonly kind: 'user'; readonly id: string }
  | { readonly kind: 'org'; readonly id: string };

/** Every assignment of the project, oldest first, with names (one query). */
export async function listAssignments(q: Queryable, projectId: string): Promise<Assignment[]> {
  const rows = await q
    .selectFrom('project_assignments as a')
    .leftJoin('users as u', 'u.id', 'a.evaluator_user_id')
    .leftJoin('orgs as uo', 'uo.id', 'u.org_id')
    .leftJoin('orgs as o', 'o.id', 'a.evaluator_org_id')
    .select([
      'a.id',
      'a.project_id',
      'a.evaluator_user_id',
      'a.evaluator_org_id',
      'a.created_by_name',
      'a.created_at',
      'u.username',
      'uo.name as user_org_name',
      'o.name as org_name',
    ])
    .where('a.project_id', '=', projectId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    projectId: r.project_id,
    kind: r.evaluator_user_id === null ? 'org' : 'user',
    assigneeId: r.evaluator_user_id ?? r.evaluator_org_id ?? '',
    assigneeName: r.username ?? r.org_name ?? '',
    assigneeOrgName: r.evaluator_user_id === null ? r.org_name : r.user_org_name,
    createdByName: r.created_by_name,
    createdAt: r.created_at,
  }));
}

/** The rows that grant an evaluator a project: its own, and its organisations'. */
function grants(actor: Pick<Actor, 'userId' | 'orgPath'>): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'project_assignments'>();
  const orgs = memberOrgIds(actor.orgPath);
  return eb.or([
    eb('project_assignments.evaluator_user_id', '=', actor.userId),
    ...(orgs.length > 0 ? [eb('project_assignments.evaluator_org_id', 'in', orgs)] : []),
  ]);
}

/** The ids of the projects assigned to an evaluator, directly or through its organisations. */
export async function assignedProjectIds(
  q: Queryable,
  actor: Pick<Actor, 'userId' | 'orgPath'>,
): Promise<Set<string>> {
  const rows = await q
    .selectFrom('project_assignments')
    .select('project_id')
    .where(grants(actor))
    .execute();
  return new Set(rows.map((r) => r.project_id));
}

/** The caller with its assigned projects, when it is an evaluator; anyone else as is. */
export async function withAssignments(q: Queryable, actor: Actor): Promise<Actor> {
  if (actor.role !== 'evaluator') return actor;
  return { ...actor, assignedProjects: await assignedProjectIds(q, actor) };
}

/** A list filter: the project is assigned to the evaluator (for `projects` queries). */
export function assignedTo(actor: Pick<Actor, 'userId' | 'orgPath'>): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'projects'>();
  return eb(
    'projects.id',
    'in',
    eb
      .selectFrom('project_assignments')
      .select('project_assignments.project_id')
      .where(grants(actor)),
  );
}

/** The assignment of this account or organisation to the project, if there is one. */
export async function findAssignment(
  q: Queryable,
  projectId: string,
  assignee: Assignee,
): Promise<Selectable<ProjectAssignmentTable> | undefined> {
  return q
    .selectFrom('project_assignments')
    .selectAll()
    .where('project_id', '=', projectId)
    .where(assignee.kind === 'user' ? 'evaluator_user_id' : 'evaluator_org_id', '=', assignee.id)
    .executeTakeFirst();
}

/** Assigns an evaluator to the project, audited. The caller has checked the policy. */
export async function insertAssignment(
  tx: WriteTx,
  project: Pick<ProjectRecord, 'id' | 'orgId'>,
  assignee: Assignee & { readonly name: string },
): Promise<string> {
  const row: Selectable<ProjectAssignmentTable> = {
    id: tx.newId(),
    project_id: project.id,
    org_id: project.orgId,
    evaluator_user_id: assignee.kind === 'user' ? assignee.id : null,
    evaluator_org_id: assignee.kind === 'org' ? assignee.id : null,
    created_by_name: tx.actor.name,
    created_at: tx.now,
  };
  await tx.trx.insertInto('project_assignments').values(row).execute();
  tx.record({
    action: 'assignment.create',
    entity: 'assignment',
    entityId: row.id,
    orgId: project.orgId,
    projectId: project.id,
    after: { kind: assignee.kind, id: assignee.id, name: assignee.name },
  });
  return row.id;
}

/** Removes an assignment of the project, audited. False when there was none. */
export async function deleteAssignment(
  tx: WriteTx,
  project: Pick<ProjectRecord, 'id' | 'orgId'>,
  assignment: Assignment,
): Promise<boolean> {
  const result = await tx.trx
    .deleteFrom('project_assignments')
    .where('id', '=', assignment.id)
    .where('project_id', '=', project.id)
    .executeTakeFirst();
  if (result.numDeletedRows !== 1n) return false;
  tx.record({
    action: 'assignment.delete',
    entity: 'assignment',
    entityId: assignment.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { kind: assignment.kind, id: assignment.assigneeId, name: assignment.assigneeName },
  });
  return true;
}

/** An evaluator account or organisation an assigner may pick. */
export interface EvaluatorCandidate {
  readonly kind: 'user' | 'org';
  readonly id: string;
  readonly name: string;
  readonly orgName: string | null;
}

/**
 * The evaluator accounts and the organisations of `orgKinds` inside a subtree (null: every
 * tree), for an assigner to pick from: two queries, names sorted.
 */
export async function listEvaluatorCandidates(
  q: Queryable,
  scopePath: string | null,
  orgKinds: readonly string[],
): Promise<EvaluatorCandidate[]> {
  let users = q
    .selectFrom('users')
    .innerJoin('orgs', 'orgs.id', 'users.org_id')
    .select(['users.id', 'users.username', 'orgs.name as org_name'])
    .where('users.role', '=', 'evaluator');
  let orgs = q
    .selectFrom('orgs')
    .select(['id', 'name'])
    .where('kind', 'in', [...orgKinds]);
  if (scopePath !== null) {
    users = users.where(underPath('orgs.path', scopePath));
    orgs = orgs.where(underPath('orgs.path', scopePath));
  }
  const [userRows, orgRows] = await Promise.all([
    users.orderBy('users.username').execute(),
    orgKinds.length > 0 ? orgs.orderBy('name').execute() : Promise.resolve([]),
  ]);
  return [
    ...userRows.map((u) => ({
      kind: 'user' as const,
      id: u.id,
      name: u.username,
      orgName: u.org_name,
    })),
    ...orgRows.map((o) => ({ kind: 'org' as const, id: o.id, name: o.name, orgName: null })),
  ];
}
