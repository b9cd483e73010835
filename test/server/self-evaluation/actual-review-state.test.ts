/**
 * The current actual is the latest update that was not rejected, on each database: a rejected
 * update never counts (in the actuals, the score and the 自评表), a pending one does, and its
 * review state shows. A reviewer corrects the current value as a new update of their own,
 * entered on behalf of the unit's author and naming the update it corrects; the correction is
 * reviewed by someone else, and every refusal stores nothing.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/core/scoring/score-report.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import { readTargetTables } from '../../../src/io/read.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';

interface Update {
  id: string;
  actual: string | null;
  authorName: string;
  onBehalfOf: string | null;
  correctedFrom: string | null;
  correctionReason: string | null;
  review: { state: string; byName: string | null; comment: string | null };
}

interface Actuals {
  canCorrect: boolean;
  indicators: { actual: string | null; update: Update | null; rejected: Update | null }[];
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string };
}

describeEachDatabase('the current actual and reviewers’ corrections', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let project: ProjectRecord;
  let filer: Client;
  let department: Client;
  let finance: Client;
  let otherDepartment: Client;
  /** A quantitative indicator of the seed, and its target. */
  let k: number;
  const url = (rest = '') => `/api/projects/${project.id}/actuals${rest}`;
  const current = async (as: Client = filer) =>
    ((await as.get(url())).json() as Actuals).indicators[k]!;
  const scored = async () =>
    ((await filer.get(`/api/projects/${project.id}/score`)).json() as ScoreReport).indicators[k]!;
  /** The 实际完成值 of the indicator as the downloaded 自评表 states it. */
  const formActual = async () => {
    const form = await finance.get(`/api/projects/${project.id}/forms/self-evaluation.xlsx`);
    expect(form.statusCode).toBe(200);
    const read = await readTargetTables(new Uint8Array(form.rawPayload), { file: '自评表.xlsx' });
    if (!read.ok) throw new Error(read.error.text.en);
    return read.tables[0]!.indicators[k]!.actual?.raw ?? null;
  };
  const record = async (actual: string) => {
    const r = await filer.put(url(), { entries: [{ index: k, actual }] });
    expect(r.statusCode, r.body).toBe(200);
    return (await current()).update!;
  };
  const review = (as: Client, id: string, decision: string, comment?: string) =>
    as.post(url(`/updates/${id}/review`), { decision, ...(comment ? { comment } : {}) });

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    project = await projectIn(store, tree.unitA, seed);
    k = seed.indicators.findIndex((i) => i.target.kind === 'number' && i.target.op === '>=');
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    department = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
    otherDepartment = await as(tree.otherDepartmentReviewer);
  });
  afterAll(() => app.close());

  it('counts a pending update and shows that it waits for review', async () => {
    const first = await record('5');
    expect(first.review.state).toBe('pending');
    expect(await current()).toMatchObject({ actual: '5', rejected: null });
    expect((await scored()).actual).toBe(5);
  });

  it('never counts a rejected update: the earlier value stays current, everywhere', async () => {
    const first = (await current()).update!;
    expect((await review(department, first.id, 'approved')).statusCode).toBe(200);
    const second = await record('7');
    const rejected = await review(department, second.id, 'rejected', '与签到表不符');
    expect(rejected.statusCode, rejected.body).toBe(200);

    const now = await current();
    expect(now.actual).toBe('5');
    expect(now.update).toMatchObject({ id: first.id, review: { state: 'approved' } });
    expect(now.rejected).toMatchObject({
      id: second.id,
      actual: '7',
      review: { state: 'rejected', comment: '与签到表不符' },
    });
    expect((await scored()).actual).toBe(5);
    const merged = (await filer.get(url('/table'))).json() as TargetTable;
    expect(merged.indicators[k]!.actual?.raw).toBe('5');
    expect(await formActual()).toBe('5');

    // A new update after the rejection is current again, and the rejection no longer shows.
    await record('6');
    expect(await current()).toMatchObject({ actual: '6', rejected: null });
  });

  it('falls back to what the table itself says when the only update is rejected', async () => {
    const other = seed.indicators.findIndex(
      (i, n) => n !== k && i.target.kind === 'number' && i.target.op === '>=',
    );
    const r = await filer.put(url(), { entries: [{ index: other, actual: '9' }] });
    expect(r.statusCode).toBe(200);
    const only = ((await filer.get(url())).json() as Actuals).indicators[other]!.update!;
    expect((await review(finance, only.id, 'rejected', '无佐证')).statusCode).toBe(200);
    const after = ((await filer.get(url())).json() as Actuals).indicators[other]!;
    expect(after).toMatchObject({ actual: null, update: null, rejected: { id: only.id } });
  });

  it('lets a reviewer correct the current value on behalf of its author, reviewed by someone else', async () => {
    const original = (await current()).update!;
    expect(((await department.get(url())).json() as Actuals).canCorrect).toBe(true);
    expect(((await filer.get(url())).json() as Actuals).canCorrect).toBe(false);
    const r = await department.post(url(`/updates/${original.id}/correction`), {
      actual: '8',
      reason: '按签到表核定为 8 场',
    });
    expect(r.statusCode, r.body).toBe(201);
    const correction = (r.json() as { update: Update }).update;
    expect(correction).toMatchObject({
      actual: '8',
      authorName: tree.departmentReviewer.user.username,
      onBehalfOf: tree.filerA.user.username,
      correctedFrom: original.id,
      correctionReason: '按签到表核定为 8 场',
      review: { state: 'pending' },
    });
    expect(await current()).toMatchObject({ actual: '8', update: { id: correction.id } });
    expect((await scored()).actual).toBe(8);
    expect(await formActual()).toBe('8');

    // The history keeps both, each with its author.
    const history = ((await filer.get(url(`/history?index=${k}`))).json() as { items: Update[] })
      .items;
    expect(history.slice(0, 2).map((u) => [u.actual, u.authorName, u.onBehalfOf])).toEqual([
      ['8', tree.departmentReviewer.user.username, tree.filerA.user.username],
      ['6', tree.filerA.user.username, null],
    ]);
    const audit = await store.db
      .selectFrom('audit_entries')
      .select(['action', 'actor_name', 'after_json'])
      .where('entity_id', '=', correction.id)
      .execute();
    expect(audit.map((a) => [a.action, a.actor_name])).toEqual([
      ['actual.correct', tree.departmentReviewer.user.username],
    ]);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({
      correctedFrom: original.id,
      onBehalfOf: tree.filerA.user.username,
    });

    // Nobody approves their own correction; the finance bureau may.
    const own = await review(department, correction.id, 'approved');
    expect(own.statusCode).toBe(403);
    expect((own.json() as ErrorBody).error.code).toBe('ownUpdate');
    const approved = await review(finance, correction.id, 'approved');
    expect(approved.statusCode, approved.body).toBe(200);
  });

  it('keeps the original author through a correction of a correction', async () => {
    const correction = (await current()).update!;
    const r = await finance.post(url(`/updates/${correction.id}/correction`), {
      actual: '9',
      reason: '复核后调整',
    });
    expect(r.statusCode, r.body).toBe(201);
    expect((r.json() as { update: Update }).update).toMatchObject({
      authorName: tree.financeReviewer.user.username,
      onBehalfOf: tree.filerA.user.username,
      correctedFrom: correction.id,
    });
  });

  it('refuses a correction without a reason, that changes nothing, or that scoring refuses, storing nothing', async () => {
    const latest = (await current()).update!;
    const before = await storedCounts(store);
    const correct = (body: object) =>
      department.post(url(`/updates/${latest.id}/correction`), body);
    const noReason = await correct({ actual: '10' });
    expect([noReason.statusCode, (noReason.json() as ErrorBody).error.code]).toEqual([
      400,
      'correctionReasonRequired',
    ]);
    expect((noReason.json() as ErrorBody).error.message).toMatch(/说明原因/);
    const blank = await correct({ actual: '10', reason: '   ' });
    expect((blank.json() as ErrorBody).error.code).toBe('correctionReasonRequired');
    const same = await correct({ actual: '9', reason: '同上' });
    expect([same.statusCode, (same.json() as ErrorBody).error.code]).toEqual([
      400,
      'correctionUnchanged',
    ]);
    const words = await correct({ actual: '圆满完成', reason: '改为文字' });
    expect([words.statusCode, (words.json() as ErrorBody).error.code]).toEqual([
      400,
      'actualInvalid',
    ]);
    expect(await storedCounts(store)).toEqual(before);
  });

  it('corrects only the current value, by the project’s reviewers, once approved', async () => {
    const history = (await filer.get(url(`/history?index=${k}`))).json() as { items: Update[] };
    const older = history.items[1]!;
    const before = await storedCounts(store);
    const superseded = await department.post(url(`/updates/${older.id}/correction`), {
      actual: '3',
      reason: '更正旧值',
    });
    expect(superseded.statusCode).toBe(409);
    expect((superseded.json() as ErrorBody).error.code).toBe('updateSuperseded');
    expect((superseded.json() as ErrorBody).error.message).toContain(seed.indicators[k]!.name);

    const latest = history.items[0]!;
    const body = { actual: '3', reason: '更正' };
    const byUnit = await filer.post(url(`/updates/${latest.id}/correction`), body);
    expect(byUnit.statusCode).toBe(403);
    const outside = await otherDepartment.post(url(`/updates/${latest.id}/correction`), body);
    expect(outside.statusCode).toBe(404);
    const ghost = await department.post(url('/updates/no-such-update/correction'), body);
    expect(ghost.statusCode).toBe(404);
    expect(await storedCounts(store)).toEqual(before);

    const submitted = await projectIn(store, tree.unitA, seed, 'submitted');
    const locked = await department.post(
      `/api/projects/${submitted.id}/actuals/updates/${latest.id}/correction`,
      body,
    );
    expect(locked.statusCode).toBe(409);
    expect((locked.json() as ErrorBody).error.code).toBe('selfEvaluationNotOpen');
  });
});
