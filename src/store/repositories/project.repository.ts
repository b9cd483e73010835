/**
 * Projects and their current table. Every save is a compare-and-set on `projects.version` in
 * the same transaction that writes the new version, so of two saves from the same version
 * exactly one wins and the other changes nothing.
 */

import { type Expression, expressionBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { Actor } from '../../core/policy/actor.js';
import { type ProjectScope, visibleStates } from '../../core/policy/project.policy.js';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import type { TargetTable } from '../../core/table/target-table.js';
import type { ProjectState } from '../../core/workflow/states.js';
import type { TransitionRule } from '../../core/workflow/transitions.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { Database } from '../tables/database.js';
import type { ProjectTable } from '../tables/project.table.js';
import { assignedTo } from './assignment.repository.js';
import {
  type FindingSummary,
  insertFindings,
  type StoredFinding,
  summarise,
} from './finding.repository.js';
import type { Org } from './org.repository.js';
import {
  type CategoryCounts,
  categoriesOfRow,
  countCategories,
  type MonitoringSummary,
  monitoringOfRow,
  type ScoreSummary,
  scoreOfRow,
} from './project-summary.repository.js';
import { pathContains, textContains, underPath } from './scope.js';
import { insertVersion, type VersionMeta, type VersionSource } from './version.repository.js';

/** A project with what lists and policies need about it. */
export interface ProjectRecord extends ProjectScope {
  readonly id: string;
  readonly orgName: string;
  readonly name: string;
  readonly year: number | null;
  readonly version: number;
  readonly currentVersionId: string;
  /** 项目总金额 as an exact decimal string of yuan. */
  readonly amountTotal: string | null;
  readonly indicatorCount: number;
  readonly findingSummary: FindingSummary;
  /** Findings of the current version by category. */
  readonly findingCategories: CategoryCounts;
  /** The stored self-evaluation score; null until first computed. */
  readonly score: ScoreSummary | null;
  /** Lights of the latest filed monitoring checkpoint; null before any report. */
  readonly monitoring: MonitoringSummary | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string | null;
}

type ProjectRow = Selectable<ProjectTable> & { org_name: string; org_path: string };

/** Maps a project row joined with its organisation. */
export function rowToProject(row: ProjectRow): ProjectRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    orgPath: row.org_path,
    name: row.name,
    year: row.year,
    state: row.state as ProjectState,
    version: row.version,
    currentVersionId: row.current_version_id,
    amountTotal: row.amount_total,
    indicatorCount: row.indicator_count,
    findingSummary: {
      error: row.finding_errors,
      warning: row.finding_warnings,
      info: row.finding_infos,
    },
    findingCategories: categoriesOfRow(row),
    score: scoreOfRow(row),
    monitoring: monitoringOfRow(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
  };
}

function selectProjects(q: Queryable) {
  return q
    .selectFrom('projects')
    .innerJoin('orgs', 'orgs.id', 'projects.org_id')
    .selectAll('projects')
    .select(['orgs.name as org_name', 'orgs.path as org_path']);
}

/** One project with its organisation, or undefined. */
export async function findProject(q: Queryable, id: string): Promise<ProjectRecord | undefined> {
  const row = await selectProjects(q).where('projects.id', '=', id).executeTakeFirst();
  return row && rowToProject(row);
}

/** One project and its current table's JSON text, in one query (the hot read of the API). */
export async function findProjectTable(
  q: Queryable,
  id: string,
): Promise<{ readonly project: ProjectRecord; readonly tableJson: string } | undefined> {
  const row = await selectProjects(q)
    .innerJoin('target_versions', 'target_versions.id', 'projects.current_version_id')
    .select('target_versions.table_json')
    .where('projects.id', '=', id)
    .executeTakeFirst();
  return row && { project: rowToProject(row), tableJson: row.table_json };
}

/** Which project of another year to find: the same organisation's, under the same name. */
export interface ProjectOfYear {
  readonly orgId: string;
  readonly name: string;
  readonly year: number;
  readonly states: readonly ProjectState[];
}

/**
 * The newest project of `orgId` named `name` in `year` and one of `states`, with its current
 * table's JSON text, or undefined (the `projects_org` index finds it).
 */
export async function findProjectOfYear(
  q: Queryable,
  which: ProjectOfYear,
): Promise<{ readonly project: ProjectRecord; readonly tableJson: string } | undefined> {
  const row = await selectProjects(q)
    .innerJoin('target_versions', 'target_versions.id', 'projects.current_version_id')
    .select('target_versions.table_json')
    .where('projects.org_id', '=', which.orgId)
    .where('projects.year', '=', which.year)
    .where('projects.name', '=', which.name)
    .where('projects.state', 'in', [...which.states])
    .orderBy('projects.updated_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && { project: rowToProject(row), tableJson: row.table_json };
}

/** Filters of a project list. Scope and visible states come from the policy. */
export interface ProjectFilter {
  readonly scopePath: string | null;
  readonly states: readonly ProjectState[];
  readonly year?: number | undefined;
  readonly orgId?: string | undefined;
  readonly state?: ProjectState | undefined;
  /** Part of the project's name. */
  readonly q?: string | undefined;
  /** A grade of a complete self-evaluation (an incomplete score has no real grade). */
  readonly grade?: GradeId | undefined;
  /** Projects whose current version has a finding of this category… */
  readonly findingCategory?: string | undefined;
  /** …and of this severity (alone: at least one finding of it). */
  readonly findingSeverity?: StoredFinding['severity'] | undefined;
  /** An evaluator: only the projects assigned to it (its own or its organisations'). */
  readonly assignedTo?: Pick<Actor, 'userId' | 'orgPath'> | undefined;
  readonly limit: number;
  readonly offset: number;
}

/**
 * Who may see what, as a filter: the actor's subtree in the states its role sees; for an
 * evaluator, its assigned projects wherever they are (as `canViewProject` decides one by one).
 */
export function visibleTo(
  actor: Actor,
): Pick<ProjectFilter, 'scopePath' | 'states' | 'assignedTo'> {
  const states = visibleStates(actor.role);
  if (actor.role === 'evaluator') return { scopePath: null, states, assignedTo: actor };
  return { scopePath: actor.orgPath, states };
}

/** A project filter without paging: who may see what, and which projects (the portfolio's). */
export type ProjectScopeFilter = Omit<ProjectFilter, 'limit' | 'offset'>;

/**
 * The WHERE clauses of a project filter, on `projects` joined with `orgs`. The list and the
 * portfolio share them, so both always count the same projects for a caller.
 */
export function whereFilter(filter: ProjectScopeFilter): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [];
  const eb = expressionBuilder<Database, 'projects' | 'orgs'>();
  where.push(eb('projects.state', 'in', [...filter.states]));
  if (filter.scopePath !== null) where.push(underPath('orgs.path', filter.scopePath));
  if (filter.assignedTo !== undefined) where.push(assignedTo(filter.assignedTo));
  if (filter.year !== undefined) where.push(eb('projects.year', '=', filter.year));
  // An organisation's subtree: every path that passes through its id.
  if (filter.orgId !== undefined) where.push(pathContains('orgs.path', filter.orgId));
  if (filter.state !== undefined) where.push(eb('projects.state', '=', filter.state));
  if (filter.q) where.push(textContains('projects.name', filter.q));
  if (filter.grade !== undefined)
    where.push(
      eb.and([
        eb('projects.score_grade', '=', filter.grade),
        eb('projects.score_complete', '=', 1),
      ]),
    );
  if (filter.findingCategory !== undefined) where.push(hasFinding(filter));
  else if (filter.findingSeverity !== undefined)
    where.push(eb(SEVERITY_COLUMN[filter.findingSeverity], '>', 0));
  return where;
}

const SEVERITY_COLUMN = {
  error: 'projects.finding_errors',
  warning: 'projects.finding_warnings',
  info: 'projects.finding_infos',
} as const;

/** A finding of the filter's category (and severity) in the project's current version. */
function hasFinding(filter: ProjectScopeFilter): Expression<SqlBool> {
  const eb = expressionBuilder<Database, 'projects'>();
  let found = eb
    .selectFrom('findings')
    .select('findings.id')
    .whereRef('findings.version_id', '=', 'projects.current_version_id')
    .where('findings.category', '=', filter.findingCategory ?? '');
  if (filter.findingSeverity !== undefined)
    found = found.where('findings.severity', '=', filter.findingSeverity);
  return eb.exists(found);
}

/**
 * One page of the projects matching `filter`, and how many match in all: one query (the total
 * rides along as a window count), and a second only for a page past the end.
 */
export async function listProjects(
  q: Queryable,
  filter: ProjectFilter,
): Promise<{ readonly projects: ProjectRecord[]; readonly total: number }> {
  if (filter.states.length === 0) return { projects: [], total: 0 };
  const where = whereFilter(filter);
  const rows = await selectProjects(q)
    .select(sql<number | string>`count(*) over ()`.as('total_count'))
    .where((eb) => eb.and(where))
    .orderBy('projects.updated_at', 'desc')
    .orderBy('projects.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  if (rows.length > 0 || filter.offset === 0)
    return { projects: rows.map(rowToProject), total: Number(rows[0]?.total_count ?? 0) };
  const count = await q
    .selectFrom('projects')
    .innerJoin('orgs', 'orgs.id', 'projects.org_id')
    .select(sql<number | string>`count(*)`.as('n'))
    .where((eb) => eb.and(where))
    .executeTakeFirstOrThrow();
  return { projects: [], total: Number(count.n) };
}

/** What a new version carries. */
export interface NewContent {
  readonly table: TargetTable;
  readonly findings: readonly StoredFinding[];
  readonly source: VersionSource;
  readonly note: string | null;
}

/** A name for a table that states none: its file, or a placeholder. */
function projectName(content: NewContent, untitled: string): string {
  return content.table.project.name ?? content.note ?? untitled;
}

/** Creates a project in `org` with its first version and that version's findings. */
export async function createProject(
  tx: WriteTx,
  org: Org,
  content: NewContent,
  untitled: string,
): Promise<{ readonly project: ProjectRecord; readonly version: VersionMeta }> {
  const id = tx.newId();
  const versionId = tx.newId();
  const summary = summarise(content.findings);
  const row: Selectable<ProjectTable> = {
    id,
    org_id: org.id,
    name: projectName(content, untitled),
    year: content.table.project.year,
    state: 'draft',
    version: 1,
    current_version_id: versionId,
    amount_total: content.table.project.amount.total,
    indicator_count: content.table.indicators.length,
    finding_errors: summary.error,
    finding_warnings: summary.warning,
    finding_infos: summary.info,
    finding_categories: JSON.stringify(countCategories(content.findings)),
    score_total: null,
    score_grade: null,
    score_complete: null,
    score_computed_at: null,
    monitoring_checkpoint: null,
    monitoring_budget_light: null,
    monitoring_green: null,
    monitoring_yellow: null,
    monitoring_red: null,
    monitoring_none: null,
    created_at: tx.now,
    updated_at: tx.now,
    created_by: tx.actor.id,
  };
  await tx.trx.insertInto('projects').values(row).execute();
  const version = await insertVersion(tx, {
    id: versionId,
    projectId: id,
    orgId: org.id,
    number: 1,
    ...content,
  });
  await insertFindings(tx, { versionId, projectId: id, orgId: org.id }, content.findings);
  tx.record({
    action: content.source === 'edit' ? 'project.create' : `project.${content.source}`,
    entity: 'project',
    entityId: id,
    orgId: org.id,
    projectId: id,
    after: versionFacts(row.name, version, summary, 'draft'),
  });
  return { project: rowToProject({ ...row, org_name: org.name, org_path: org.path }), version };
}

/** The outcome of a save. */
export type SaveResult =
  | {
      readonly kind: 'saved';
      readonly project: ProjectRecord;
      readonly version: VersionMeta;
    }
  | { readonly kind: 'conflict'; readonly current: number };

/**
 * Saves a new version if the project is still at `expected`: the UPDATE's WHERE clause is the
 * compare-and-set, and PostgreSQL's row lock makes a concurrent save wait and then find the
 * version moved on. On conflict nothing has been written.
 */
export async function saveTable(
  tx: WriteTx,
  project: ProjectRecord,
  expected: number,
  content: NewContent,
): Promise<SaveResult> {
  const versionId = tx.newId();
  const number = expected + 1;
  const summary = summarise(content.findings);
  const categories = countCategories(content.findings);
  const name = content.table.project.name ?? project.name;
  const updated = await tx.trx
    .updateTable('projects')
    .set({
      version: number,
      current_version_id: versionId,
      name,
      year: content.table.project.year,
      amount_total: content.table.project.amount.total,
      indicator_count: content.table.indicators.length,
      finding_errors: summary.error,
      finding_warnings: summary.warning,
      finding_infos: summary.info,
      finding_categories: JSON.stringify(categories),
      updated_at: tx.now,
    })
    .where('id', '=', project.id)
    .where('version', '=', expected)
    .where('state', '=', project.state)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) {
    const now = await tx.trx
      .selectFrom('projects')
      .select('version')
      .where('id', '=', project.id)
      .executeTakeFirstOrThrow();
    return { kind: 'conflict', current: now.version };
  }
  const version = await insertVersion(tx, {
    id: versionId,
    projectId: project.id,
    orgId: project.orgId,
    number,
    ...content,
  });
  await insertFindings(
    tx,
    { versionId, projectId: project.id, orgId: project.orgId },
    content.findings,
  );
  tx.record({
    action: 'table.save',
    entity: 'project',
    entityId: project.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { version: project.version, indicators: project.indicatorCount },
    after: versionFacts(name, version, summary, project.state),
  });
  const saved: ProjectRecord = {
    ...project,
    name,
    year: content.table.project.year,
    version: number,
    currentVersionId: versionId,
    amountTotal: content.table.project.amount.total,
    indicatorCount: content.table.indicators.length,
    findingSummary: summary,
    findingCategories: categories,
    updatedAt: tx.now,
  };
  return { kind: 'saved', project: saved, version };
}

function versionFacts(
  name: string,
  version: VersionMeta,
  summary: FindingSummary,
  state: ProjectState,
): Record<string, unknown> {
  return {
    name,
    state,
    version: version.number,
    sha256: version.sha256,
    indicators: version.indicatorCount,
    findings: summary,
  };
}

/**
 * Moves the project along a workflow rule if it is still in the rule's `from` state (another
 * reviewer may have acted first). Returns the moved project, or undefined on such a race.
 */
export async function applyTransition(
  tx: WriteTx,
  project: ProjectRecord,
  rule: TransitionRule,
  comment: string | null,
): Promise<ProjectRecord | undefined> {
  const updated = await tx.trx
    .updateTable('projects')
    .set({ state: rule.to, updated_at: tx.now })
    .where('id', '=', project.id)
    .where('state', '=', rule.from)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) return undefined;
  tx.record({
    action: 'project.transition',
    entity: 'project',
    entityId: project.id,
    orgId: project.orgId,
    projectId: project.id,
    before: { state: rule.from, version: project.version },
    after: { state: rule.to, action: rule.action, comment },
  });
  return { ...project, state: rule.to, updatedAt: tx.now };
}
