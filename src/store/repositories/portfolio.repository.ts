/**
 * The portfolio of a caller (工作台): every figure the dashboard charts, over every project the
 * caller may see, in four grouped queries inside one read-only snapshot — the same number of
 * queries for 3 projects as for 3,000 (DESIGN.md, "Lessons": no N+1). Scope and filters are the
 * project list's own WHERE clauses, so a chart and the list it links to count the same projects.
 */

import { type Kysely, type SqlBool, sql } from 'kysely';
import type { Light } from '../../core/monitoring/monitoring-profile.js';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import type { ProjectState } from '../../core/workflow/states.js';
import type { Queryable } from '../mutate.js';
import type { Database } from '../tables/database.js';
import { type ProjectScopeFilter, whereFilter } from './project.repository.js';

/** One group of projects of one organisation and state. */
export interface OrgStateRow {
  readonly orgId: string;
  readonly orgName: string;
  readonly state: ProjectState;
  readonly projects: number;
  readonly indicators: number;
  readonly withErrors: number;
  /** Sum of 项目总金额 in fen; null when no project of the group states an amount. */
  readonly amountFen: bigint | null;
  /** Sum and count of the complete self-evaluation scores. */
  readonly scoreSum: number;
  readonly scored: number;
}

/** Projects by stored grade; grade null: not computed yet. */
export interface GradeRow {
  readonly grade: GradeId | null;
  readonly complete: boolean;
  readonly projects: number;
}

/** Projects by the budget light of their latest checkpoint, with their indicator lights. */
export interface MonitoringRow {
  /** Null: no checkpoint filed. */
  readonly budgetLight: Light | null;
  readonly projects: number;
  readonly lights: Readonly<Record<Light, number>>;
}

/** Findings of the current versions by category and severity. */
export interface FindingRow {
  readonly category: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly findings: number;
}

/** The raw figures of a portfolio, as the four queries return them. */
export interface PortfolioFacts {
  readonly byOrgAndState: readonly OrgStateRow[];
  readonly grades: readonly GradeRow[];
  readonly monitoring: readonly MonitoringRow[];
  readonly findings: readonly FindingRow[];
}

const count = (n: number | string | bigint | null): number => Number(n ?? 0);

/**
 * Amounts are stored as canonical yuan strings with two places (the interchange schema and the
 * readers normalise them through formatYuan), so dropping the point gives exact integer fen.
 * The sum is cast to text: SQLite would hand a large integer back as a float, PostgreSQL a
 * numeric string; text is exact on both.
 */
const amountFenSum = sql<
  string | null
>`cast(sum(cast(replace(projects.amount_total, '.', '') as bigint)) as text)`;

function scoped(q: Queryable, filter: ProjectScopeFilter) {
  const where = whereFilter(filter);
  return q
    .selectFrom('projects')
    .innerJoin('orgs', 'orgs.id', 'projects.org_id')
    .where((eb) => eb.and(where));
}

async function byOrgAndState(q: Queryable, filter: ProjectScopeFilter): Promise<OrgStateRow[]> {
  const complete = sql<SqlBool>`projects.score_complete = 1`;
  const rows = await scoped(q, filter)
    .select([
      'projects.org_id as org_id',
      'orgs.name as org_name',
      'projects.state as state',
      sql<number | string>`count(*)`.as('projects'),
      sql<number | string>`sum(projects.indicator_count)`.as('indicators'),
      sql<number | string>`sum(case when projects.finding_errors > 0 then 1 else 0 end)`.as(
        'with_errors',
      ),
      amountFenSum.as('amount_fen'),
      sql<number | string | null>`sum(case when ${complete} then projects.score_total end)`.as(
        'score_sum',
      ),
      sql<number | string>`sum(case when ${complete} then 1 else 0 end)`.as('scored'),
    ])
    .groupBy(['projects.org_id', 'orgs.name', 'projects.state'])
    .execute();
  return rows.map((r) => ({
    orgId: r.org_id,
    orgName: r.org_name,
    state: r.state as ProjectState,
    projects: count(r.projects),
    indicators: count(r.indicators),
    withErrors: count(r.with_errors),
    amountFen: r.amount_fen === null ? null : BigInt(r.amount_fen),
    scoreSum: Number(r.score_sum ?? 0),
    scored: count(r.scored),
  }));
}

async function grades(q: Queryable, filter: ProjectScopeFilter): Promise<GradeRow[]> {
  const rows = await scoped(q, filter)
    .select([
      'projects.score_grade as grade',
      'projects.score_complete as complete',
      sql<number | string>`count(*)`.as('projects'),
    ])
    .groupBy(['projects.score_grade', 'projects.score_complete'])
    .execute();
  return rows.map((r) => ({
    grade: r.grade as GradeId | null,
    complete: Number(r.complete) === 1,
    projects: count(r.projects),
  }));
}

async function monitoring(q: Queryable, filter: ProjectScopeFilter): Promise<MonitoringRow[]> {
  const rows = await scoped(q, filter)
    .select([
      'projects.monitoring_budget_light as light',
      sql<number | string>`count(*)`.as('projects'),
      sql<number | string | null>`sum(projects.monitoring_green)`.as('green'),
      sql<number | string | null>`sum(projects.monitoring_yellow)`.as('yellow'),
      sql<number | string | null>`sum(projects.monitoring_red)`.as('red'),
      sql<number | string | null>`sum(projects.monitoring_none)`.as('none'),
    ])
    .groupBy('projects.monitoring_budget_light')
    .execute();
  return rows.map((r) => ({
    budgetLight: r.light as Light | null,
    projects: count(r.projects),
    lights: {
      green: count(r.green),
      yellow: count(r.yellow),
      red: count(r.red),
      none: count(r.none),
    },
  }));
}

async function findings(q: Queryable, filter: ProjectScopeFilter): Promise<FindingRow[]> {
  const rows = await scoped(q, filter)
    .innerJoin('findings', 'findings.version_id', 'projects.current_version_id')
    .select([
      'findings.category as category',
      'findings.severity as severity',
      sql<number | string>`count(*)`.as('findings'),
    ])
    .groupBy(['findings.category', 'findings.severity'])
    .execute();
  return rows.map((r) => ({
    category: r.category,
    severity: r.severity as FindingRow['severity'],
    findings: count(r.findings),
  }));
}

/**
 * The portfolio figures of every project matching `filter`, read in one read-only snapshot so
 * the charts agree with each other while others write (PostgreSQL: repeatable read; SQLite's
 * transaction reads one snapshot already).
 */
export function readPortfolio(
  db: Kysely<Database>,
  filter: ProjectScopeFilter,
): Promise<PortfolioFacts> {
  if (filter.states.length === 0)
    return Promise.resolve({ byOrgAndState: [], grades: [], monitoring: [], findings: [] });
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => ({
      byOrgAndState: await byOrgAndState(trx, filter),
      grades: await grades(trx, filter),
      monitoring: await monitoring(trx, filter),
      findings: await findings(trx, filter),
    }));
}
