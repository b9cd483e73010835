/**
 * Monitoring (双监控) over HTTP on each database: at 1–7月 (time progress 7/12) the budget light
 * of execution 30%, 40%, 50% and 70% is red, yellow, green and green (v = 51.43, 68.57, 85.71,
 * 120 against red below 60, yellow below 80); indicator lights from the expected year-end
 * values; a deviation above 20% without a reason is a finding; a closed period is locked and
 * says why, and only finance reopens it, with a reason, audited.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MonitoringReport } from '../../../src/core/monitoring/monitoring-report.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { listProjectAudit } from '../../../src/store/repositories/audit.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';

interface Checkpoint {
  checkpoint: string;
  state: 'open' | 'closed';
  locked: { reason: string; message: string; messageEn: string } | null;
  canEdit: boolean;
  filed: { number: number; authorName: string } | null;
  report: MonitoringReport;
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string };
}

// The seed's 本年度项目金额 is 27890645.00 yuan; these are 30%, 40%, 50% and 70% of it, exactly.
const SPENT = {
  30: '8367193.50',
  40: '11156258.00',
  50: '13945322.50',
  70: '19523451.50',
} as const;

describeEachDatabase('monitoring', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let project: ProjectRecord;
  let filer: Client;
  let reviewer: Client;
  let finance: Client;
  const url = (rest = '') => `/api/projects/${project.id}/monitoring${rest}`;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    project = await projectIn(store, tree.unitA, await readSeed());
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
  });
  afterAll(() => app.close());

  it('lists the checkpoints of the profile, none filed yet', async () => {
    const r = await reviewer.get(url());
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      profile: { id: 'national' },
      checkpoints: [{ checkpoint: '1-7', month: 7, state: 'open', filed: null }],
    });
    const empty = (await filer.get(url('/1-7'))).json() as Checkpoint;
    expect(empty.filed).toBeNull();
    expect(empty.report.budget.light).toBe('none');
    const unknown = await filer.get(url('/1-8'));
    expect(unknown.statusCode).toBe(404);
    expect((unknown.json() as ErrorBody).error.code).toBe('checkpointUnknown');
    expect((unknown.json() as ErrorBody).error.message).toContain('1-7');
  });

  it('lights the budget red, yellow, green, green at 30%, 40%, 50%, 70% execution by 1–7月', async () => {
    const expected = [
      [30, 51.43, 'red'],
      [40, 68.57, 'yellow'],
      [50, 85.71, 'green'],
      [70, 120, 'green'],
    ] as const;
    for (const [share, v, light] of expected) {
      const r = await filer.put(url('/1-7'), {
        execution: { budget: '27890645.00', spent: SPENT[share] },
        entries: [],
      });
      expect(r.statusCode, r.body).toBe(200);
      const { report } = r.json() as Checkpoint;
      expect([share, report.budget.rate, report.budget.v, report.budget.light]).toEqual([
        share,
        share / 100,
        v,
        light,
      ]);
    }
    const saves = (await filer.get(url('/1-7'))).json() as Checkpoint;
    expect(saves.filed).toMatchObject({ number: 4, authorName: tree.filerA.user.username });
  });

  it('lights indicators by their expected year-end value and asks a reason above 20% deviation', async () => {
    // 0: 6场, expected 3场 = 50% → red, deviating 50%; 1: 200人, expected 180人 = 90% → yellow;
    // 3: 2000人, expected 2000人 → green.
    const r = await filer.put(url('/1-7'), {
      execution: { spent: SPENT[70] },
      entries: [
        { index: 0, expected: '3场', likelihood: '有可能' },
        { index: 1, expected: '180人', deviation: { category: '经费保障', text: '经费下达延迟' } },
        { index: 3, expected: '2000人', likelihood: 'certain' },
      ],
    });
    expect(r.statusCode, r.body).toBe(200);
    const { report } = r.json() as Checkpoint;
    const at = (k: number) => report.indicators[k]!;
    expect([at(0).light, at(0).expectedPercent, at(0).deviation]).toEqual(['red', 50, 0.5]);
    expect([at(1).light, at(1).expectedPercent]).toEqual(['yellow', 90]);
    expect(at(1).deviationReason).toEqual({ category: 'funding', text: '经费下达延迟' });
    expect(at(3).light).toBe('green');
    const missingReason = report.findings.filter((f) => f.rule === 'deviation-reason-missing');
    expect(missingReason.map((f) => f.indicators)).toEqual([[0]]);
    expect(missingReason[0]!.message).toContain('举办高层次人才交流活动');

    const withReason = await filer.put(url('/1-7'), {
      execution: { spent: SPENT[70] },
      entries: [
        {
          index: 0,
          expected: '3场',
          deviation: { category: 'other', text: '展会档期调整' },
          likelihood: '有可能',
        },
      ],
    });
    const after = (withReason.json() as Checkpoint).report;
    expect(after.findings.some((f) => f.rule === 'deviation-reason-missing')).toBe(false);
  });

  it('refuses input core/monitoring cannot read, and other roles, changing nothing', async () => {
    const before = await storedCounts(store);
    const bad = await filer.put(url('/1-7'), { entries: [{ index: 0, likelihood: '也许吧' }] });
    expect(bad.statusCode).toBe(400);
    expect((bad.json() as ErrorBody).error.message).toMatch(/也许吧|likelihood/);
    const outOfRange = await filer.put(url('/1-7'), { entries: [{ index: 999, expected: '1场' }] });
    expect(outOfRange.statusCode).toBe(400);
    expect((await reviewer.put(url('/1-7'), { entries: [] })).statusCode).toBe(403);
    expect(await storedCounts(store)).toEqual(before);
  });

  it('locks a closed period saying why; only finance reopens it, with a reason, audited', async () => {
    expect((await filer.post(url('/1-7/close'), {})).statusCode).toBe(403);
    const closed = await reviewer.post(url('/1-7/close'), { reason: '监控材料已报送财政' });
    expect(closed.statusCode, closed.body).toBe(200);
    const view = closed.json() as Checkpoint;
    expect(view.state).toBe('closed');
    expect(view.locked).toMatchObject({ reason: 'period-closed' });
    expect(view.locked!.message).toContain('监控材料已报送财政');
    expect(((await filer.get(url('/1-7'))).json() as Checkpoint).canEdit).toBe(false);

    const before = await storedCounts(store);
    const late = await filer.put(url('/1-7'), { entries: [] });
    expect(late.statusCode).toBe(409);
    const body = late.json() as ErrorBody;
    expect(body.error.code).toBe('monitoringClosed');
    expect(body.error.message).toContain('监控材料已报送财政');
    expect(body.error.message).toContain(tree.departmentReviewer.user.username);
    expect(body.error.messageEn).toMatch(/closed/);
    expect(await storedCounts(store)).toEqual(before);

    expect((await reviewer.post(url('/1-7/reopen'), { reason: '补报' })).statusCode).toBe(403);
    const noReason = await finance.post(url('/1-7/reopen'), {});
    expect(noReason.statusCode).toBe(400);
    expect((noReason.json() as ErrorBody).error.code).toBe('reopenReasonRequired');
    const reopened = await finance.post(url('/1-7/reopen'), { reason: '单位申请补报偏差原因' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect((reopened.json() as Checkpoint).state).toBe('open');
    expect((await finance.post(url('/1-7/reopen'), { reason: '再开' })).statusCode).toBe(409);
    expect((await filer.put(url('/1-7'), { entries: [] })).statusCode).toBe(200);

    const audit = await listProjectAudit(store.db, project.id);
    const periods = audit.filter((a) => a.action.startsWith('monitoring.'));
    expect(periods.filter((a) => a.action !== 'monitoring.save').map((a) => a.action)).toEqual([
      'monitoring.close',
      'monitoring.reopen',
    ]);
    expect(periods.find((a) => a.action === 'monitoring.reopen')).toMatchObject({
      actorName: tree.financeReviewer.user.username,
      after: { state: 'open', reason: '单位申请补报偏差原因' },
    });
  });
});
