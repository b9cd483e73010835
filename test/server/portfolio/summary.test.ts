/**
 * The score and lights stored on each project follow every write that changes them, on each
 * database: recorded actuals and execution, a survey's count, an adjusted table, a monitoring
 * report. The stored figures equal what the score and checkpoint routes compute at that moment,
 * a refused write leaves them as they were, and the list filters by the stored grade in SQL.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/core/scoring/score-report.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { withActuals } from '../../support/actuals.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp } from '../self-evaluation/support.js';
import { respondent } from '../self-evaluation/survey-respondent.js';

interface ListItem {
  id: string;
  grade: string | null;
  scoreTotal: number | null;
  scoreComplete: boolean | null;
  scoreComputedAt: string | null;
  findingSummary: { error: number; warning: number; info: number; byCategory: object };
}

interface Portfolio {
  monitoring: {
    reported: number;
    budget: Record<string, number>;
    indicators: Record<string, number>;
  };
}

describeEachDatabase('the stored score and lights of a project', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let table: TargetTable;
  let project: ProjectRecord;
  let filer: Client;
  let reviewer: Client;
  let admin: Client;
  let finance: Client;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    // A generated table every indicator of which can be scored: a complete score has a grade.
    table = buildTargetTable(2);
    project = await projectIn(store, tree.unitA, table);
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    admin = await as(tree.admin);
    finance = await as(tree.financeReviewer);
  });
  afterAll(() => app.close());

  const listed = async (client: Client, query = ''): Promise<ListItem[]> => {
    const r = await client.get(`/api/projects?pageSize=500${query}`);
    expect(r.statusCode, r.body).toBe(200);
    return (r.json() as { items: ListItem[] }).items;
  };
  const item = async (id = project.id): Promise<ListItem> =>
    (await listed(reviewer)).find((p) => p.id === id)!;
  const score = async (id = project.id): Promise<ScoreReport> =>
    (await reviewer.get(`/api/projects/${id}/score?profile=national`)).json() as ScoreReport;

  /** The stored summary says what the score route computes now. */
  const expectStoredScore = async (id = project.id) => {
    const [stored, computed] = [await item(id), await score(id)];
    expect(stored).toMatchObject({
      scoreTotal: computed.total,
      scoreComplete: computed.complete,
      grade: computed.complete ? computed.grade : null,
    });
    return stored;
  };

  it('is null until something computes it', async () => {
    expect(await item()).toMatchObject({
      grade: null,
      scoreTotal: null,
      scoreComplete: null,
      scoreComputedAt: null,
    });
  });

  it('follows recorded actuals and execution, in the same transaction', async () => {
    const year = withActuals(table);
    // Half the actuals: the score is incomplete and has no grade yet.
    const half = await filer.put(`/api/projects/${project.id}/actuals`, {
      entries: year.indicators.slice(0, 8).map((i, index) => ({ index, actual: i.actual!.raw })),
      execution: year.execution,
    });
    expect(half.statusCode, half.body).toBe(200);
    const partial = await expectStoredScore();
    expect(partial.scoreComplete).toBe(false);
    expect(partial.grade).toBeNull();
    const all = await filer.put(`/api/projects/${project.id}/actuals`, {
      entries: year.indicators.map((i, index) => ({
        index,
        actual: i.actual!.raw,
        deviationReason: '受疫情影响，部分活动延期至下年度举办。',
      })),
    });
    expect(all.statusCode, all.body).toBe(200);
    const complete = await expectStoredScore();
    expect(complete.scoreComplete).toBe(true);
    expect(complete.grade).not.toBeNull();
    // Spending less moves the budget execution score, and the stored total with it.
    const before = complete.scoreTotal;
    const spent = await filer.put(`/api/projects/${project.id}/actuals`, {
      entries: [],
      execution: { spent: '1000000.00' },
    });
    expect(spent.statusCode, spent.body).toBe(200);
    expect((await expectStoredScore()).scoreTotal).toBeLessThan(before!);
  });

  it('stays as it was when a write is refused', async () => {
    const before = await item();
    const refused = await filer.put(`/api/projects/${project.id}/actuals`, {
      entries: [{ index: 0, actual: '很多' }],
    });
    expect(refused.statusCode).toBe(400);
    expect(await item()).toEqual(before);
  });

  it('filters the list by the stored grade in SQL, 优/良/中/差 or the grade ids', async () => {
    const { grade } = await item();
    const labels = { excellent: '优', good: '良', fair: '中', poor: '差' } as const;
    const label = labels[grade as keyof typeof labels];
    const byLabel = await listed(reviewer, `&grade=${encodeURIComponent(label)}`);
    expect(byLabel.map((p) => p.id)).toEqual([project.id]);
    expect((await listed(reviewer, `&grade=${grade}`)).map((p) => p.id)).toEqual([project.id]);
    const other = Object.values(labels).find((l) => l !== label)!;
    expect(await listed(reviewer, `&grade=${encodeURIComponent(other)}`)).toEqual([]);
    const bad = await reviewer.get('/api/projects?grade=A');
    expect(bad.statusCode).toBe(400);
    const body = bad.json() as { error: { message: string; messageEn: string } };
    expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.error.messageEn).toContain('grade');
  });

  it('follows a review that rejects the value it counted', async () => {
    const before = await expectStoredScore();
    const low = await filer.put(`/api/projects/${project.id}/actuals`, {
      entries: [{ index: 0, actual: '0', deviationReason: '未开展' }],
    });
    expect(low.statusCode, low.body).toBe(200);
    const lowered = await expectStoredScore();
    expect(lowered.scoreTotal).toBeLessThan(before.scoreTotal!);
    const history = (
      await reviewer.get(`/api/projects/${project.id}/actuals/history?index=0`)
    ).json() as {
      items: { id: string }[];
    };
    const rejected = await reviewer.post(
      `/api/projects/${project.id}/actuals/updates/${history.items[0]!.id}/review`,
      { decision: 'rejected', comment: '与佐证材料不符' },
    );
    expect(rejected.statusCode, rejected.body).toBe(200);
    // The rejected 0 no longer counts: the value before it does again.
    expect((await expectStoredScore()).scoreTotal).toBe(before.scoreTotal);
  });

  it('follows a reviewer’s correction of the current value', async () => {
    const before = await expectStoredScore();
    const history = (
      await reviewer.get(`/api/projects/${project.id}/actuals/history?index=1`)
    ).json() as { items: { id: string }[] };
    const corrected = await reviewer.post(
      `/api/projects/${project.id}/actuals/updates/${history.items[0]!.id}/correction`,
      { actual: '0', reason: '佐证材料显示未完成' },
    );
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect((await expectStoredScore()).scoreTotal).toBeLessThan(before.scoreTotal!);
  });

  it('follows the rate a closed survey records as the actual', async () => {
    const satisfaction = table.indicators.findIndex((i) => i.level1 === 'satisfaction');
    expect(satisfaction).toBeGreaterThanOrEqual(0);
    const started = await filer.post(`/api/projects/${project.id}/surveys`, {
      index: satisfaction,
    });
    expect(started.statusCode, started.body).toBe(201);
    const { survey } = started.json() as { survey: { id: string; link: string } };
    for (const answer of ['very-dissatisfied', 'dissatisfied', 'satisfied'])
      expect((await respondent(app).answer(survey.link, answer)).statusCode).toBe(201);
    const before = (await item()).scoreTotal;
    const closed = await reviewer.post(
      `/api/projects/${project.id}/surveys/${survey.id}/close`,
      {},
    );
    expect(closed.statusCode, closed.body).toBe(200);
    const after = await expectStoredScore();
    // One satisfied of three scores below the generated actual it replaced.
    expect(after.scoreTotal).not.toBe(before);
  });

  it('has no score while reopened for an adjustment (调整), and follows the new targets once approved again', async () => {
    const before = await expectStoredScore();
    const reopened = await admin.post(`/api/projects/${project.id}/transitions`, {
      action: 'reopen',
      comment: '调整年度指标',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const unscored = { scoreTotal: null, scoreComplete: null, grade: null };
    expect(await item()).toMatchObject(unscored);
    const current = (await filer.get(`/api/projects/${project.id}/table`)).json() as TargetTable;
    const version = (await filer.get(`/api/projects/${project.id}`)).json() as { version: number };
    // Ten times every count: most actuals now fall short.
    const harder: TargetTable = {
      ...current,
      indicators: current.indicators.map((i) =>
        i.target.kind === 'number' && i.target.unit !== '%' && i.target.op !== 'between'
          ? { ...i, target: { raw: `${i.target.value * 10}${i.target.unit ?? ''}` } as never }
          : i,
      ),
    };
    const saved = await filer.put(`/api/projects/${project.id}/table`, harder, {
      'if-match': `"${version.version}"`,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as { project: object }).project).toMatchObject(unscored);
    for (const [client, action] of [
      [filer, 'submit'],
      [reviewer, 'approve'],
      [finance, 'approve'],
    ] as const) {
      const moved = await client.post(`/api/projects/${project.id}/transitions`, { action });
      expect(moved.statusCode, moved.body).toBe(200);
    }
    // Approved again: the same actuals against the new targets.
    const after = await expectStoredScore();
    expect(after.scoreTotal).toBeLessThan(before.scoreTotal!);
  });

  it('keeps the lights of the latest filed checkpoint, as the checkpoint shows them', async () => {
    // The seed, filed by unit B: the checkpoint's rows are the seed's.
    const other = await projectIn(store, tree.unitB, await readSeed());
    const filerB = await signIn(app, tree.filerB.user.username, tree.filerB.password);
    const portfolio = async () =>
      ((await reviewer.get(`/api/portfolio?orgId=${tree.unitB.id}`)).json() as Portfolio)
        .monitoring;
    const reportedBefore = (await portfolio()).reported;
    const filed = await filerB.put(`/api/projects/${other.id}/monitoring/1-7`, {
      execution: { budget: '27890645.00', spent: '8367193.50' },
      entries: [
        {
          index: 0,
          current: '2场',
          expected: '3场',
          deviation: { category: '其他', text: '延期' },
        },
        { index: 1, current: '150人', expected: '180人' },
        { index: 3, current: '2000人', expected: '2000人' },
      ],
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const { report } = filed.json() as {
      report: { budget: { light: string }; lights: Record<string, number> };
    };
    const after = await portfolio();
    expect(after.reported).toBe(reportedBefore + 1);
    expect(after.budget[report.budget.light]).toBeGreaterThanOrEqual(1);
    // Only this project of unit B has filed: its lights are the portfolio's.
    expect(reportedBefore).toBe(0);
    expect(after.indicators).toEqual(report.lights);
    expect(report.budget.light).toBe('red');
  });
});
