/**
 * 整改 (rectification) over HTTP on each database, driven by core/monitoring's state machine:
 * a reviewer requests, the unit states measures and the result, a reviewer may return it a
 * step, and only the requester closes it. Wrong roles, wrong states and empty texts are
 * refused without a change; every step is in the audit log.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { listProjectAudit } from '../../../src/store/repositories/audit.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';

interface Rectification {
  id: string;
  indicators: number[];
  indicatorNames: string[];
  state: string;
  steps: { action: string; by: string; text: string }[];
  requestedBy: string;
  actions: string[];
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string };
}

describeEachDatabase('rectification', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let project: ProjectRecord;
  let filer: Client;
  let reviewer: Client;
  let finance: Client;
  const url = (rest = '') => `/api/projects/${project.id}/rectifications${rest}`;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    project = await projectIn(store, tree.unitA, buildTargetTable(5));
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
  });
  afterAll(() => app.close());

  const step = (who: Client, id: string, action: string, text = '') =>
    who.post(url(`/${id}/steps`), { action, text });

  it('goes from request through measures and result to closing by the requester', async () => {
    const byUnit = await filer.post(url(), { text: '自己整改' });
    expect(byUnit.statusCode).toBe(403);
    const created = await reviewer.post(url(), {
      text: '预算执行率偏低，请分析原因并整改。',
      indicators: [2, 0, 2],
      category: 'funding',
      dueDate: '2019-09-30',
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json() as Rectification;
    expect(r).toMatchObject({
      state: 'requested',
      indicators: [0, 2],
      requestedBy: tree.departmentReviewer.user.username,
      actions: [],
    });
    expect(r.indicatorNames).toHaveLength(2);
    expect(r.indicatorNames.every((n) => n.length > 0)).toBe(true);

    // The unit sees what it can do next.
    const listed = (await filer.get(url())).json() as { items: Rectification[] };
    expect(listed.items.find((i) => i.id === r.id)?.actions).toEqual(['submit-measures']);

    const measures = await step(filer, r.id, 'submit-measures', '加快采购进度，9月底前完成支付。');
    expect(measures.statusCode, measures.body).toBe(200);
    expect((measures.json() as Rectification).state).toBe('measures');
    // A reviewer sends weak measures back.
    const back = await step(reviewer, r.id, 'return', '措施不具体，请列明时间表。');
    expect((back.json() as Rectification).state).toBe('requested');
    await step(filer, r.id, 'submit-measures', '8月15日前完成合同签订，9月30日前支付。');
    const result = await step(filer, r.id, 'submit-result', '已于9月28日完成支付，执行率达92%。');
    expect((result.json() as Rectification).state).toBe('result');

    expect((await step(filer, r.id, 'close')).statusCode).toBe(403);
    const notMine = await step(finance, r.id, 'close');
    expect(notMine.statusCode).toBe(403);
    expect((notMine.json() as ErrorBody).error.code).toBe('notRequester');
    const closed = await step(reviewer, r.id, 'close', '整改到位，销号。');
    expect(closed.statusCode, closed.body).toBe(200);
    const done = closed.json() as Rectification;
    expect(done.state).toBe('closed');
    expect(done.steps.map((s) => `${s.action}:${s.by}`)).toEqual([
      `request:${tree.departmentReviewer.user.username}`,
      `submit-measures:${tree.filerA.user.username}`,
      `return:${tree.departmentReviewer.user.username}`,
      `submit-measures:${tree.filerA.user.username}`,
      `submit-result:${tree.filerA.user.username}`,
      `close:${tree.departmentReviewer.user.username}`,
    ]);

    const audit = await listProjectAudit(store.db, project.id);
    expect(audit.filter((a) => a.entityId === r.id).map((a) => a.action)).toEqual([
      'rectification.request',
      'rectification.submit-measures',
      'rectification.return',
      'rectification.submit-measures',
      'rectification.submit-result',
      'rectification.close',
    ]);
  });

  it('refuses a step the state does not allow, an empty text and a bad indicator, changing nothing', async () => {
    const r = (
      await finance.post(url(), { text: '满意度调查样本不足，请补充。' })
    ).json() as Rectification;
    const before = await storedCounts(store);
    const early = await step(filer, r.id, 'submit-result', '已完成');
    expect(early.statusCode).toBe(409);
    expect((early.json() as ErrorBody).error.code).toBe('rectificationNotAllowed');
    expect((early.json() as ErrorBody).error.message).toMatch(/整改当前不能执行这一步/);
    const empty = await step(filer, r.id, 'submit-measures', '   ');
    expect(empty.statusCode).toBe(400);
    expect((empty.json() as ErrorBody).error.code).toBe('rectificationInvalid');
    const noText = await reviewer.post(url(), { text: '' });
    expect(noText.statusCode).toBe(400);
    const badIndex = await reviewer.post(url(), { text: '整改', indicators: [9999] });
    expect(badIndex.statusCode).toBe(400);
    expect((badIndex.json() as ErrorBody).error.code).toBe('indicatorOutOfRange');
    expect((await step(filer, 'no-such-id', 'submit-measures', 'x')).statusCode).toBe(404);
    expect(await storedCounts(store)).toEqual(before);
  });
});
