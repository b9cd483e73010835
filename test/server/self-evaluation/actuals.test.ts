/**
 * Actuals (实际完成值) over HTTP on each database: updates with history and authors, "no value"
 * apart from 0, refusals that store nothing (an actual that is not a number, a score above its
 * weight, a moved indicator, a project not yet approved), execution as exact money, reviews
 * that nobody gives their own update, and roles.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/core/scoring/score-report.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';

interface Actuals {
  canEdit: boolean;
  locked: { reason: string } | null;
  indicators: {
    index: number;
    name: string;
    target: string;
    actual: string | null;
    weight: number | null;
    score: number | null;
    deviationReason: string | null;
    update: { id: string; authorName: string; seq: number; review: { state: string } } | null;
  }[];
  execution: { initialBudget: string | null; budget: string | null; spent: string | null };
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string; details?: { rule: string }[] };
}

describeEachDatabase('actuals', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let project: ProjectRecord;
  let filer: Client;
  let reviewer: Client;
  let finance: Client;
  let otherFiler: Client;
  const url = (rest = '') => `/api/projects/${project.id}/actuals${rest}`;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    project = await projectIn(store, tree.unitA, seed);
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
    otherFiler = await as(tree.filerB);
  });
  afterAll(() => app.close());

  const quantitative = () => seed.indicators.findIndex((i) => i.target.kind === 'number');
  const qualitative = () => seed.indicators.findIndex((i) => i.target.kind === 'text');

  it('lists every indicator of the approved table, open to the unit', async () => {
    const r = await filer.get(url());
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json() as Actuals;
    expect(body.indicators).toHaveLength(164);
    expect(body.canEdit).toBe(true);
    expect(body.locked).toBeNull();
    expect(body.indicators[0]).toMatchObject({
      index: 0,
      name: seed.indicators[0]!.name,
      target: seed.indicators[0]!.target.raw,
      actual: null,
      update: null,
    });
    expect(((await reviewer.get(url())).json() as Actuals).canEdit).toBe(false);
  });

  it('refuses an actual that is not a number for a quantitative indicator, storing nothing', async () => {
    const [k1, k2] = seed.indicators.flatMap((i, k) => (i.target.kind === 'number' ? [k] : []));
    const before = await storedCounts(store);
    const r = await filer.put(url(), {
      entries: [
        { index: k1!, actual: '12' },
        { index: k2!, actual: '圆满完成' },
      ],
    });
    expect(r.statusCode, r.body).toBe(400);
    const body = r.json() as ErrorBody;
    expect(body.error.code).toBe('actualInvalid');
    expect(body.error.message).toMatch(/实际完成值有误，未保存任何内容/);
    expect(body.error.message).toContain('圆满完成');
    expect(body.error.messageEn).toMatch(/nothing was saved/);
    expect(body.error.details?.map((d) => d.rule)).toEqual(['actual-not-a-number']);
    expect(await storedCounts(store)).toEqual(before);
  });

  it('refuses a score above its weight, storing nothing', async () => {
    const k = qualitative();
    const before = await storedCounts(store);
    const r = await filer.put(url(), {
      entries: [{ index: k, actual: '达成年度指标', weight: 2, score: 2.5 }],
    });
    expect(r.statusCode, r.body).toBe(400);
    const body = r.json() as ErrorBody;
    expect(body.error.code).toBe('actualInvalid');
    expect(body.error.details?.map((d) => d.rule)).toContain('score-above-weight');
    expect(body.error.message).toContain('2.5');
    expect(await storedCounts(store)).toEqual(before);
    // The same score inside its tier and weight is taken.
    const ok = await filer.put(url(), {
      entries: [{ index: k, actual: '达成年度指标', weight: 2, score: 1.8 }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('keeps every update with its author, and keeps "no value" apart from 0', async () => {
    const k = quantitative();
    const first = await filer.put(url(), {
      entries: [
        { index: k, name: seed.indicators[k]!.name, actual: '0', deviationReason: '未开展' },
      ],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect((first.json() as { written: number }).written).toBe(1);
    // Nothing changed: nothing written.
    const same = await filer.put(url(), { entries: [{ index: k, actual: '0' }] });
    expect((same.json() as { written: number }).written).toBe(0);
    const zero = (await filer.get(url())).json() as Actuals;
    expect(zero.indicators[k]).toMatchObject({ actual: '0', deviationReason: '未开展' });
    const scoredZero = (await filer.get(`/api/projects/${project.id}/score`)).json() as ScoreReport;
    expect(scoredZero.indicators[k]!.actual).toBe(0);
    expect(
      scoredZero.findings.some((f) => f.rule === 'actual-missing' && f.indicators?.includes(k)),
    ).toBe(false);

    const cleared = await filer.put(url(), { entries: [{ index: k, actual: null }] });
    expect(cleared.statusCode, cleared.body).toBe(200);
    const none = (await filer.get(url())).json() as Actuals;
    // The reason stays: the entry only cleared the value.
    expect(none.indicators[k]).toMatchObject({ actual: null, deviationReason: '未开展' });
    const scoredNone = (await filer.get(`/api/projects/${project.id}/score`)).json() as ScoreReport;
    expect(scoredNone.indicators[k]!.rule).toBe('unscorable');
    expect(
      scoredNone.findings.some((f) => f.rule === 'actual-missing' && f.indicators?.includes(k)),
    ).toBe(true);

    const history = (await filer.get(url(`/history?index=${k}`))).json() as {
      items: { actual: string | null; authorName: string; seq: number }[];
    };
    expect(history.items.map((h) => h.actual)).toEqual([null, '0']);
    expect(history.items.every((h) => h.authorName === tree.filerA.user.username)).toBe(true);
    expect(history.items[0]!.seq).toBeGreaterThan(history.items[1]!.seq);
  });

  it('answers 409 when the indicator at that row is not the one the client saw', async () => {
    const before = await storedCounts(store);
    const r = await filer.put(url(), { entries: [{ index: 3, name: '别的指标', actual: '5' }] });
    expect(r.statusCode).toBe(409);
    const body = r.json() as ErrorBody;
    expect(body.error.code).toBe('indicatorMismatch');
    expect(body.error.message).toContain(seed.indicators[3]!.name);
    const out = await filer.put(url(), { entries: [{ index: 164, actual: '5' }] });
    expect(out.statusCode).toBe(400);
    expect((out.json() as ErrorBody).error.code).toBe('indicatorOutOfRange');
    expect(await storedCounts(store)).toEqual(before);
  });

  it('records execution as exact money and scores the budget line from it', async () => {
    const r = await filer.put(url(), {
      entries: [],
      execution: { initialBudget: '27890645', budget: '27890645.00', spent: '25101580.50' },
    });
    expect(r.statusCode, r.body).toBe(200);
    expect((r.json() as { actuals: Actuals }).actuals.execution).toMatchObject({
      initialBudget: '27890645.00',
      budget: '27890645.00',
      spent: '25101580.50',
    });
    const score = (
      await filer.get(`/api/projects/${project.id}/score?profile=hubei`)
    ).json() as ScoreReport;
    // 25101580.50 / 27890645.00 = 0.9 exactly: 90% of the Hubei budget weight 20 = 18.
    expect(score.budget).toMatchObject({ rate: 0.9, weight: 20, score: 18 });
    const bad = await filer.put(url(), { execution: { spent: '1,000.00' } });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as ErrorBody).error.code).toBe('invalidRequest');
  });

  it('merges the actuals into the interchange table', async () => {
    const k = qualitative();
    const table = (await filer.get(url('/table'))).json() as TargetTable;
    expect(table.indicators).toHaveLength(164);
    expect(table.indicators[k]).toMatchObject({
      actual: { raw: '达成年度指标', kind: 'text' },
      weight: 2,
      score: 1.8,
    });
    expect(table.execution).toEqual({
      initialBudget: '27890645.00',
      budget: '27890645.00',
      spent: '25101580.50',
    });
  });

  describe('review', () => {
    it('lets a reviewer approve an update once, and asks a reason to reject', async () => {
      const k = qualitative();
      const latest = ((await reviewer.get(url())).json() as Actuals).indicators[k]!.update!;
      expect(latest.review.state).toBe('pending');
      const byFiler = await filer.post(url(`/updates/${latest.id}/review`), {
        decision: 'approved',
      });
      expect(byFiler.statusCode).toBe(403);
      const noReason = await reviewer.post(url(`/updates/${latest.id}/review`), {
        decision: 'rejected',
      });
      expect(noReason.statusCode).toBe(400);
      expect((noReason.json() as ErrorBody).error.code).toBe('reviewCommentRequired');
      const approved = await reviewer.post(url(`/updates/${latest.id}/review`), {
        decision: 'approved',
      });
      expect(approved.statusCode, approved.body).toBe(200);
      expect(approved.json()).toMatchObject({
        update: { review: { state: 'approved', byName: tree.departmentReviewer.user.username } },
      });
      const again = await finance.post(url(`/updates/${latest.id}/review`), {
        decision: 'approved',
      });
      expect(again.statusCode).toBe(409);
      expect((again.json() as ErrorBody).error.code).toBe('alreadyReviewed');
      // The author stays the unit's.
      const after = ((await filer.get(url())).json() as Actuals).indicators[k]!.update!;
      expect(after.authorName).toBe(tree.filerA.user.username);
    });
  });

  describe('who may', () => {
    it('keeps other units out (404) and reviewers from filing (403)', async () => {
      const before = await storedCounts(store);
      expect((await otherFiler.get(url())).statusCode).toBe(404);
      const foreign = await otherFiler.put(url(), { entries: [{ index: 0, actual: '1' }] });
      expect(foreign.statusCode).toBe(404);
      const ghost = await otherFiler.put('/api/projects/no-such-project/actuals', {
        entries: [{ index: 0, actual: '1' }],
      });
      expect(foreign.body).toBe(ghost.body);
      const byReviewer = await reviewer.put(url(), { entries: [{ index: 0, actual: '1' }] });
      expect(byReviewer.statusCode).toBe(403);
      expect(await storedCounts(store)).toEqual(before);
    });

    it('opens actuals only once the targets are approved, and says why', async () => {
      const draft = await projectIn(store, tree.unitA, seed, 'submitted');
      const read = (await filer.get(`/api/projects/${draft.id}/actuals`)).json() as Actuals;
      expect(read.locked).toMatchObject({ reason: 'not-approved' });
      expect(read.canEdit).toBe(false);
      const r = await filer.put(`/api/projects/${draft.id}/actuals`, {
        entries: [{ index: 0, actual: '1' }],
      });
      expect(r.statusCode).toBe(409);
      const body = r.json() as ErrorBody;
      expect(body.error.code).toBe('selfEvaluationNotOpen');
      expect(body.error.message).toMatch(/尚未批复/);
    });
  });
});
