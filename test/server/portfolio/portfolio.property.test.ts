/**
 * The portfolio's grouped queries equal a naive computation over the same rows (the oracle),
 * for random callers' scopes and filters, on both databases: counts by state, findings by
 * category and severity, grades, monitoring lights, and per organisation the projects, the
 * exact amount (sums beyond 2^53 fen included) and the mean score. The list's new filters
 * (grade, finding category and severity) are checked against the same rows.
 */

import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { type Fen, formatYuan, yuanToFen } from '../../../src/core/money/money.js';
import type { Light } from '../../../src/core/monitoring/monitoring-profile.js';
import { FINDING_CATEGORIES } from '../../../src/core/review/finding.js';
import { roundScore } from '../../../src/core/scoring/index.js';
import type { GradeId } from '../../../src/core/scoring/scoring-profile.js';
import { PROJECT_STATES, type ProjectState } from '../../../src/core/workflow/states.js';
import { presentPortfolio } from '../../../src/server/presenters/portfolio.presenter.js';
import { write } from '../../../src/store/mutate.js';
import type { StoredFinding } from '../../../src/store/repositories/finding.repository.js';
import type { Org } from '../../../src/store/repositories/org.repository.js';
import { readPortfolio } from '../../../src/store/repositories/portfolio.repository.js';
import {
  createProject,
  listProjects,
  type ProjectRecord,
} from '../../../src/store/repositories/project.repository.js';
import {
  type ProjectSummary,
  writeProjectSummary,
} from '../../../src/store/repositories/project-summary.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildOrg, buildTargetTable, SETUP } from '../../support/factories.js';
import { Random } from '../../support/random.js';
import { moveTo } from '../../support/workflow.js';

const GRADES: readonly GradeId[] = ['excellent', 'good', 'fair', 'poor'];
const LIGHTS: readonly Light[] = ['green', 'yellow', 'red', 'none'];
const SEVERITIES = ['error', 'warning', 'info'] as const;

/** A project as the oracle sees it: its record plus what was stored beside it. */
interface Row {
  readonly record: ProjectRecord;
  readonly findings: readonly StoredFinding[];
  readonly summary: ProjectSummary | null;
}

function randomAmount(r: Random): string | null {
  if (r.chance(0.15)) return null;
  // Some amounts of 5·10^14 yuan: in fen each passes 2^53, where a float drops the cents.
  const yuan = r.chance(0.2)
    ? 500_000_000_000_000n + BigInt(r.int(0, 999_999))
    : BigInt(r.int(0, 50_000_000));
  return formatYuan((yuan * 100n + BigInt(r.int(0, 99))) as Fen);
}

function randomFindings(r: Random): StoredFinding[] {
  return Array.from({ length: r.int(0, 6) }, () => ({
    rule: 'generated',
    category: r.pick(FINDING_CATEGORIES),
    severity: r.pick(SEVERITIES),
    message: '生成的发现',
    messageEn: 'a generated finding',
  }));
}

function randomSummary(r: Random): ProjectSummary | null {
  if (r.chance(0.25)) return null;
  const lights = () => ({
    green: r.int(0, 9),
    yellow: r.int(0, 5),
    red: r.int(0, 5),
    none: r.int(0, 9),
  });
  return {
    // A project reopened for an adjustment keeps its lights but has no score.
    score: r.chance(0.15)
      ? null
      : {
          total: r.int(0, 10_000) / 100,
          grade: r.pick(GRADES),
          complete: r.chance(0.7),
          computedAt: '2024-06-01T00:00:00.000Z',
        },
    monitoring: r.chance(0.5)
      ? { checkpoint: 7, budgetLight: r.pick(LIGHTS), lights: lights() }
      : null,
  };
}

/** The portfolio computed the plain way, one project at a time. */
function naivePortfolio(rows: readonly Row[], filters: { year?: number; orgId?: string }) {
  const byState = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<
    ProjectState,
    number
  >;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const categories = new Map<string, { error: number; warning: number; info: number }>(
    FINDING_CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }]),
  );
  const grades = { excellent: 0, good: 0, fair: 0, poor: 0, incomplete: 0, unscored: 0 };
  const budget = { green: 0, yellow: 0, red: 0, none: 0 };
  const indicators = { green: 0, yellow: 0, red: 0, none: 0 };
  const orgs = new Map<string, { orgName: string; rows: Row[] }>();
  let amount: bigint | null = null;
  let reported = 0;
  for (const row of rows) {
    const p = row.record;
    byState[p.state] += 1;
    for (const f of row.findings) {
      bySeverity[f.severity] += 1;
      categories.get(f.category)![f.severity] += 1;
    }
    const s = row.summary;
    const score = s?.score ?? null;
    if (score === null) grades.unscored += 1;
    else if (!score.complete) grades.incomplete += 1;
    else grades[score.grade] += 1;
    if (s?.monitoring) {
      reported += 1;
      budget[s.monitoring.budgetLight] += 1;
      for (const l of LIGHTS) indicators[l] += s.monitoring.lights[l];
    }
    if (p.amountTotal !== null) amount = (amount ?? 0n) + yuanToFen(p.amountTotal)!;
    const org = orgs.get(p.orgId) ?? { orgName: p.orgName, rows: [] };
    org.rows.push(row);
    orgs.set(p.orgId, org);
  }
  const yuan = (fen: bigint | null) => (fen === null ? null : formatYuan(fen as Fen));
  return {
    year: filters.year ?? null,
    orgId: filters.orgId ?? null,
    projects: {
      total: rows.length,
      byState,
      indicators: rows.reduce((n, r) => n + r.record.indicatorCount, 0),
      withErrors: rows.filter((r) => r.findings.some((f) => f.severity === 'error')).length,
      amountTotal: yuan(amount),
    },
    findings: {
      bySeverity,
      byCategory: [...categories].map(([category, n]) => ({
        category,
        ...n,
        total: n.error + n.warning + n.info,
      })),
    },
    grades,
    monitoring: { reported, notReported: rows.length - reported, budget, indicators },
    orgs: [...orgs]
      .map(([orgId, o]) => {
        const complete = o.rows.flatMap((r) =>
          r.summary?.score?.complete ? [r.summary.score.total] : [],
        );
        const amounts = o.rows.flatMap((r) =>
          r.record.amountTotal === null ? [] : [yuanToFen(r.record.amountTotal)!],
        );
        return {
          orgId,
          orgName: o.orgName,
          projects: o.rows.length,
          amountTotal: amounts.length === 0 ? null : yuan(amounts.reduce((a, b) => a + b, 0n)),
          meanScore:
            complete.length === 0
              ? null
              : roundScore(complete.reduce((a, b) => a + b, 0) / complete.length, {
                  method: 'half-up',
                  places: 2,
                }),
          scored: complete.length,
        };
      })
      .sort(
        (a, b) =>
          b.projects - a.projects ||
          (a.orgName < b.orgName ? -1 : a.orgName > b.orgName ? 1 : a.orgId < b.orgId ? -1 : 1),
      ),
  };
}

describeEachDatabase('the portfolio against a naive count', (ctx) => {
  let store: Store;
  let orgs: Org[];
  const rows: Row[] = [];

  beforeAll(async () => {
    store = await ctx.open();
    const finance = await buildOrg(store, { kind: 'finance' });
    const departments = [
      await buildOrg(store, { kind: 'department', parent: finance }),
      await buildOrg(store, { kind: 'department', parent: finance }),
    ];
    const units: Org[] = [];
    for (const d of departments)
      for (let k = 0; k < 2; k += 1) units.push(await buildOrg(store, { kind: 'unit', parent: d }));
    orgs = [finance, ...departments, ...units];
    const r = new Random(7);
    for (let k = 0; k < 40; k += 1) {
      const base = buildTargetTable(700 + k);
      const table = {
        ...base,
        project: { ...base.project, amount: { ...base.project.amount, total: randomAmount(r) } },
      };
      const findings = randomFindings(r);
      const { project: draft } = await write(store.db, SETUP, {}, (tx) =>
        createProject(tx, r.pick(units), { table, findings, source: 'import', note: null }, 'x'),
      );
      const project = await moveTo(store, draft, r.pick(PROJECT_STATES));
      const summary = randomSummary(r);
      if (summary)
        await write(store.db, SETUP, {}, (tx) => writeProjectSummary(tx, project.id, summary));
      rows.push({ record: project, findings, summary });
    }
  });

  const inFilter =
    (f: { scope: string | null; states: readonly ProjectState[]; year?: number; orgId?: string }) =>
    (row: Row) => {
      const p = row.record;
      return (
        (f.scope === null || p.orgPath.startsWith(f.scope)) &&
        f.states.includes(p.state) &&
        (f.year === undefined || p.year === f.year) &&
        (f.orgId === undefined || p.orgPath.includes(`/${f.orgId}/`))
      );
    };

  it('equals the naive computation for every scope and filter', async () => {
    const filter = fc.record({
      scope: fc.option(fc.constantFrom(...orgs.map((o) => o.path)), { nil: null }),
      states: fc.subarray([...PROJECT_STATES], { minLength: 1 }),
      year: fc.option(fc.constantFrom(...new Set(rows.map((r) => r.record.year!))), {
        nil: undefined,
      }),
      orgId: fc.option(fc.constantFrom(...orgs.map((o) => o.id)), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const filters = {
          ...(f.year !== undefined ? { year: f.year } : {}),
          ...(f.orgId !== undefined ? { orgId: f.orgId } : {}),
        };
        const facts = await readPortfolio(store.db, {
          scopePath: f.scope,
          states: f.states,
          ...filters,
        });
        expect(presentPortfolio(facts, filters)).toEqual(
          naivePortfolio(rows.filter(inFilter(f)), filters),
        );
      }),
      { numRuns: 50, seed: 20240601 },
    );
  });

  it('lists by grade, finding category and severity exactly what a naive filter keeps', async () => {
    const filter = fc.record({
      scope: fc.option(fc.constantFrom(...orgs.map((o) => o.path)), { nil: null }),
      grade: fc.option(fc.constantFrom(...GRADES), { nil: undefined }),
      category: fc.option(fc.constantFrom(...FINDING_CATEGORIES), { nil: undefined }),
      severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const got = await listProjects(store.db, {
          scopePath: f.scope,
          states: PROJECT_STATES,
          grade: f.grade,
          findingCategory: f.category,
          findingSeverity: f.severity,
          limit: 500,
          offset: 0,
        });
        const want = rows
          .filter(inFilter({ scope: f.scope, states: PROJECT_STATES }))
          .filter(
            (r) =>
              f.grade === undefined ||
              (r.summary?.score?.complete && r.summary.score.grade === f.grade),
          )
          .filter(
            (r) =>
              (f.category === undefined && f.severity === undefined) ||
              r.findings.some(
                (x) =>
                  (f.category === undefined || x.category === f.category) &&
                  (f.severity === undefined || x.severity === f.severity),
              ),
          )
          .map((r) => r.record.id)
          .sort();
        expect(got.projects.map((p) => p.id).sort()).toEqual(want);
        expect(got.total).toBe(want.length);
      }),
      { numRuns: 60, seed: 20240602 },
    );
  });
});
