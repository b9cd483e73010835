/**
 * Satisfaction surveys over HTTP on each database: started on a satisfaction indicator only,
 * answered on the public page by several devices, a second answer from one device (or one
 * invitation) refused with 409 and not counted, answers without the page's cookie refused,
 * limits per address and per minute, a closed survey saying so — and, once closed, the
 * satisfied share recorded as the indicator's actual with its counts and the survey as evidence.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/core/scoring/score-report.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { listProjectAudit } from '../../../src/store/repositories/audit.repository.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { assignEvaluator } from '../evaluator/support.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';
import { respondent } from './survey-respondent.js';

interface Survey {
  id: string;
  index: number;
  question: string;
  state: string;
  link: string | null;
  answers: Record<string, number>;
  satisfied: number;
  total: number;
  rate: number | null;
  invitationsUsed: number;
}

interface ErrorBody {
  error: { code: string; message: string };
}

/** Seed row 140: 参加活动人员满意度, target ≥90%. */
const SATISFACTION = 140;

describeEachDatabase('satisfaction surveys', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let project: ProjectRecord;
  let filer: Client;
  let reviewer: Client;
  let finance: Client;
  const url = (rest = '') => `/api/projects/${project.id}/surveys${rest}`;
  const responses = async () => (await storedCounts(store)).survey_responses;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    project = await projectIn(store, tree.unitA, seed);
    // An evaluator assigned to the project sees it, and still runs no survey.
    await assignEvaluator(store, project, tree.evaluator);
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
  });
  afterAll(() => app.close());

  it('starts only on a satisfaction indicator, with the question from its name', async () => {
    const wrong = await filer.post(url(), { index: 0 });
    expect(wrong.statusCode).toBe(400);
    expect((wrong.json() as ErrorBody).error.code).toBe('notSatisfaction');
    const evaluator = await signIn(app, tree.evaluator.user.username, tree.evaluator.password);
    expect((await evaluator.post(url(), { index: SATISFACTION })).statusCode).toBe(403);
    const created = await reviewer.post(url(), { index: SATISFACTION });
    expect(created.statusCode, created.body).toBe(201);
    const { survey, links } = created.json() as { survey: Survey; links: string[] };
    expect(survey.question).toBe(`您对“${seed.indicators[SATISFACTION]!.name}”的满意程度如何？`);
    expect(links).toEqual([survey.link]);
    expect(survey.link).toMatch(/^\/s\/[A-Za-z0-9_-]{24}$/);
  });

  it('serves a small Chinese page with no script under a strict policy', async () => {
    const { survey } = (
      await filer.post(url(), { index: SATISFACTION, question: '<b>"讲座"</b>满意吗？' })
    ).json() as { survey: Survey };
    const page = await respondent(app).open(survey.link!);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toMatch(
      /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; form-action 'self'/,
    );
    expect(page.body).toContain(
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
    );
    expect(page.body).toContain('&lt;b&gt;&quot;讲座&quot;&lt;/b&gt;满意吗？');
    expect(page.body).not.toMatch(/<script/i);
    for (const label of ['非常满意', '满意', '一般', '不满意', '非常不满意'])
      expect(page.body).toContain(`<span>${label}<span class="en">`);
    expect(page.body).toContain(`项目：${project.name}`);
    const missing = await respondent(app).open('/s/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('找不到这份问卷');
  });

  it('counts one answer per device; a second answer is refused with 409 and not counted', async () => {
    const { survey } = (await filer.post(url(), { index: SATISFACTION })).json() as {
      survey: Survey;
    };
    const link = survey.link!;
    const answers = ['very-satisfied', 'satisfied', 'satisfied', 'neutral', 'very-satisfied'];
    const devices = answers.map(() => respondent(app));
    for (const [k, answer] of answers.entries()) {
      const r = await devices[k]!.answer(link, answer, k === 3 ? '希望增加场次' : '');
      expect(r.statusCode, r.body).toBe(201);
      expect(r.body).toContain('感谢您的参与');
    }
    const before = await storedCounts(store);
    const twice = await devices[0]!.answer(link, 'very-dissatisfied');
    expect(twice.statusCode).toBe(409);
    expect(twice.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(twice.body).toContain('您已经提交过这份问卷');
    expect(twice.body).toContain('already answered this survey');
    expect(await storedCounts(store)).toEqual(before);
    // Opening the link again says so instead of showing the form.
    const again = await devices[0]!.open(link);
    expect(again.body).toContain('您已经提交过这份问卷');
    expect(again.body).not.toContain('<form');

    // A post without the page's cookie (as another site would make) counts nothing.
    const forged = await app.inject({
      method: 'POST',
      url: link,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'answer=very-dissatisfied',
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('Cookie');
    // No answer chosen: the form again, saying what is missing.
    const blank = await respondent(app).answer(link, '');
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('请选择一个满意程度');
    expect(blank.body).toContain('<form');
    expect(await storedCounts(store)).toEqual(before);

    const listed = ((await reviewer.get(url())).json() as { items: Survey[] }).items.find(
      (s) => s.id === survey.id,
    )!;
    expect(listed).toMatchObject({
      answers: {
        'very-satisfied': 2,
        satisfied: 2,
        neutral: 1,
        dissatisfied: 0,
        'very-dissatisfied': 0,
      },
      satisfied: 4,
      total: 5,
      rate: 80,
    });

    // Closed: the satisfied share becomes the actual, as counts, with the survey as evidence.
    const closed = await reviewer.post(url(`/${survey.id}/close`), {});
    expect(closed.statusCode, closed.body).toBe(200);
    expect((closed.json() as { survey: Survey }).survey.state).toBe('closed');
    const actuals = (await filer.get(`/api/projects/${project.id}/actuals`)).json() as {
      indicators: {
        actual: string | null;
        counts: { numerator: number; denominator: number } | null;
        update: { id: string; source: string; authorName: string } | null;
      }[];
    };
    expect(actuals.indicators[SATISFACTION]).toMatchObject({
      actual: '4/5',
      counts: { numerator: 4, denominator: 5 },
      update: { source: 'survey', authorName: tree.departmentReviewer.user.username },
    });
    const merged = (
      await filer.get(`/api/projects/${project.id}/actuals/table`)
    ).json() as TargetTable;
    expect(merged.indicators[SATISFACTION]!.evidence).toEqual([
      { id: `survey:${survey.id}`, name: '满意度调查：有效答卷 5 份，满意 4 份' },
    ]);
    const score = (await filer.get(`/api/projects/${project.id}/score`)).json() as ScoreReport;
    expect(score.indicators[SATISFACTION]).toMatchObject({
      actual: 80,
      counts: { numerator: 4, denominator: 5 },
    });

    // Nobody reviews their own update: the reviewer who closed it recorded this actual.
    const updateId = actuals.indicators[SATISFACTION]!.update!.id;
    const own = await reviewer.post(
      `/api/projects/${project.id}/actuals/updates/${updateId}/review`,
      {
        decision: 'approved',
      },
    );
    expect(own.statusCode).toBe(403);
    expect((own.json() as ErrorBody).error.code).toBe('ownUpdate');
    const other = await finance.post(
      `/api/projects/${project.id}/actuals/updates/${updateId}/review`,
      {
        decision: 'approved',
      },
    );
    expect(other.statusCode, other.body).toBe(200);

    // A closed survey says so and counts nothing more.
    const closedBefore = await responses();
    const late = await respondent(app).answer(link, 'satisfied');
    expect(late.statusCode).toBe(410);
    expect(late.body).toContain('已经结束');
    expect((await respondent(app).open(link)).body).toContain('本调查已结束');
    expect(await responses()).toBe(closedBefore);
    expect((await reviewer.post(url(`/${survey.id}/close`), {})).statusCode).toBe(409);

    const audit = await listProjectAudit(store.db, project.id);
    const actions = audit.map((a) => a.action);
    expect(actions.filter((a) => a === 'survey.respond')).toHaveLength(5);
    expect(actions).toContain('survey.close');
    const respond = audit.find((a) => a.action === 'survey.respond' && a.after !== null)!;
    // The log keeps the answer, never the respondent's comment or address.
    expect(Object.keys(respond.after as object).sort()).toEqual(['answer', 'surveyId']);
  });

  it('takes each invitation link once', async () => {
    const created = await filer.post(url(), {
      index: SATISFACTION,
      mode: 'invitation',
      invitations: 2,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { survey, links } = created.json() as { survey: Survey; links: string[] };
    expect(survey.link).toBeNull();
    expect(links).toHaveLength(2);
    const phone = respondent(app);
    expect((await phone.answer(links[0]!, 'satisfied')).statusCode).toBe(201);
    const before = await storedCounts(store);
    const reused = await respondent(app).answer(links[0]!, 'very-dissatisfied');
    expect(reused.statusCode).toBe(409);
    expect(reused.body).toContain('邀请链接已经使用过');
    expect(await storedCounts(store)).toEqual(before);
    // The same phone may answer a second invitation (two people can share a phone).
    expect((await phone.answer(links[1]!, 'neutral')).statusCode).toBe(201);
    const listed = ((await filer.get(url())).json() as { items: Survey[] }).items.find(
      (s) => s.id === survey.id,
    )!;
    expect(listed).toMatchObject({ invitationsUsed: 2, total: 2, satisfied: 1 });
  });
});

describeEachDatabase('satisfaction survey limits', (ctx) => {
  it('caps answers per address and per minute, counting nothing beyond', async () => {
    const store = await ctx.open();
    const tree = await buildTree(store);
    const project = await projectIn(store, tree.unitA, await readSeed());
    const capped = await selfEvaluationApp(store, {
      survey: { maxPerAddress: 2, answersPerMinute: 100 },
    });
    const limited = await selfEvaluationApp(store, {
      survey: { maxPerAddress: 100, answersPerMinute: 2 },
    });
    try {
      for (const { app } of [capped, limited]) {
        const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
        const { survey } = (
          await filer.post(`/api/projects/${project.id}/surveys`, { index: SATISFACTION })
        ).json() as { survey: Survey };
        for (let k = 0; k < 2; k += 1)
          expect((await respondent(app).answer(survey.link!, 'satisfied')).statusCode).toBe(201);
        const before = await storedCounts(store);
        const third = await respondent(app).answer(survey.link!, 'satisfied');
        expect(third.statusCode).toBe(429);
        expect(third.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(third.body).toMatch(
          app === capped.app ? /同一网络的答卷已达上限（2 份）/ : /请求过于频繁/,
        );
        expect(await storedCounts(store)).toEqual(before);
      }
    } finally {
      await capped.app.close();
      await limited.app.close();
    }
  });
});
