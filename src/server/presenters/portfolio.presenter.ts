/** The portfolio answer from the grouped figures the store reads. */

import { type Fen, formatYuan } from '../../core/money/money.js';
import type { Light } from '../../core/monitoring/monitoring-profile.js';
import { FINDING_CATEGORIES } from '../../core/review/finding.js';
import { roundScore } from '../../core/scoring/index.js';
import { PROJECT_STATES, type ProjectState } from '../../core/workflow/states.js';
import type { PortfolioFacts } from '../../store/repositories/portfolio.repository.js';

const noLights = (): Record<Light, number> => ({ green: 0, yellow: 0, red: 0, none: 0 });

const yuanOf = (fen: bigint | null): string | null =>
  fen === null ? null : formatYuan(fen as Fen);

/** Adds amounts that may be absent: absent stays absent, never 0 (DESIGN.md, "Lessons"). */
const addAmounts = (a: bigint | null, b: bigint | null): bigint | null =>
  a === null ? b : b === null ? a : a + b;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Mean of the complete scores, two places like the scores themselves. */
const meanOf = (sum: number, n: number): number | null =>
  n === 0 ? null : roundScore(sum / n, { method: 'half-up', places: 2 });

function projectsPart(facts: PortfolioFacts) {
  const byState = Object.fromEntries(PROJECT_STATES.map((s) => [s, 0])) as Record<
    ProjectState,
    number
  >;
  let total = 0;
  let indicators = 0;
  let withErrors = 0;
  let amount: bigint | null = null;
  for (const row of facts.byOrgAndState) {
    byState[row.state] += row.projects;
    total += row.projects;
    indicators += row.indicators;
    withErrors += row.withErrors;
    amount = addAmounts(amount, row.amountFen);
  }
  return { total, byState, indicators, withErrors, amountTotal: yuanOf(amount) };
}

function orgsPart(facts: PortfolioFacts) {
  const orgs = new Map<
    string,
    { orgName: string; projects: number; amount: bigint | null; sum: number; scored: number }
  >();
  for (const row of facts.byOrgAndState) {
    const org = orgs.get(row.orgId) ?? {
      orgName: row.orgName,
      projects: 0,
      amount: null,
      sum: 0,
      scored: 0,
    };
    org.projects += row.projects;
    org.amount = addAmounts(org.amount, row.amountFen);
    org.sum += row.scoreSum;
    org.scored += row.scored;
    orgs.set(row.orgId, org);
  }
  return [...orgs.entries()]
    .map(([orgId, o]) => ({
      orgId,
      orgName: o.orgName,
      projects: o.projects,
      amountTotal: yuanOf(o.amount),
      meanScore: meanOf(o.sum, o.scored),
      scored: o.scored,
    }))
    .sort(
      (a, b) => b.projects - a.projects || byText(a.orgName, b.orgName) || byText(a.orgId, b.orgId),
    );
}

function findingsPart(facts: PortfolioFacts) {
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCategory = new Map<string, { error: number; warning: number; info: number }>(
    FINDING_CATEGORIES.map((c) => [c, { error: 0, warning: 0, info: 0 }]),
  );
  for (const row of facts.findings) {
    bySeverity[row.severity] += row.findings;
    const entry = byCategory.get(row.category) ?? { error: 0, warning: 0, info: 0 };
    entry[row.severity] += row.findings;
    byCategory.set(row.category, entry);
  }
  return {
    bySeverity,
    byCategory: [...byCategory.entries()].map(([category, n]) => ({
      category,
      ...n,
      total: n.error + n.warning + n.info,
    })),
  };
}

function gradesPart(facts: PortfolioFacts) {
  const grades = { excellent: 0, good: 0, fair: 0, poor: 0, incomplete: 0, unscored: 0 };
  for (const row of facts.grades) {
    if (row.grade === null) grades.unscored += row.projects;
    else if (!row.complete) grades.incomplete += row.projects;
    else grades[row.grade] += row.projects;
  }
  return grades;
}

function monitoringPart(facts: PortfolioFacts) {
  const budget = noLights();
  const indicators = noLights();
  let reported = 0;
  let notReported = 0;
  for (const row of facts.monitoring) {
    if (row.budgetLight === null) {
      notReported += row.projects;
      continue;
    }
    reported += row.projects;
    budget[row.budgetLight] += row.projects;
    for (const light of Object.keys(indicators) as Light[]) indicators[light] += row.lights[light];
  }
  return { reported, notReported, budget, indicators };
}

/** The portfolio of the filters' projects: by state, findings, grades, lights, organisations. */
export function presentPortfolio(
  facts: PortfolioFacts,
  filters: { readonly year?: number | undefined; readonly orgId?: string | undefined },
) {
  return {
    year: filters.year ?? null,
    orgId: filters.orgId ?? null,
    projects: projectsPart(facts),
    findings: findingsPart(facts),
    grades: gradesPart(facts),
    monitoring: monitoringPart(facts),
    orgs: orgsPart(facts),
  };
}
