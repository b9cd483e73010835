/**
 * The seed's year over HTTP on each database: imported, reviewed and approved through the API;
 * actuals for all 164 indicators (generated deterministically from the targets) and the
 * execution line; evidence on some indicators; a survey of one satisfaction indicator answered
 * by several respondents and closed into its actual. The 自评表 downloaded from the API reads
 * back through the readers with the same actuals, weights, scores and total as GET …/score,
 * and the other forms download with their Chinese names.
 */

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ScoreReport } from '../../../src/core/scoring/score-report.js';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { TargetValue } from '../../../src/core/value/target-value.js';
import { readTargetTables } from '../../../src/io/read.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { Store } from '../../../src/store/store.js';
import { withActuals } from '../../support/actuals.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { SEED_PATH } from '../../support/seed.js';
import { pdfDocument, pngImage, selfEvaluationApp } from './support.js';
import { respondent } from './survey-respondent.js';

/**
 * A target of several measures ("1本，20个项目") is met measure by measure: its actual names
 * each ("1本，20个"), which the generated words ("已完成") do not, and scoring refuses.
 */
function compoundActual(target: TargetValue): string | null {
  if (target.kind !== 'compound' || !target.parts.every((p) => p.kind === 'number')) return null;
  return target.parts
    .map((p) =>
      p.kind === 'number' ? `${p.op === 'between' ? p.max : p.value}${p.unit ?? ''}` : '',
    )
    .join('，');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Seed row 141: 活动参与人员满意度, target ≧90%. */
const SURVEYED = 141;

describeEachDatabase('the seed through its year', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let filer: Client;
  let reviewer: Client;
  let finance: Client;
  let id: string;
  let table: TargetTable;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    const as = (u: { user: { username: string }; password: string }) =>
      signIn(app, u.user.username, u.password);
    filer = await as(tree.filerA);
    reviewer = await as(tree.departmentReviewer);
    finance = await as(tree.financeReviewer);
  });
  afterAll(() => app.close());

  it('is imported and approved through the API', async () => {
    const imported = await filer.upload('/api/imports', {
      name: '000_a481ffc6149ba1d5.txt',
      bytes: await readFile(SEED_PATH),
    });
    expect(imported.statusCode, imported.body).toBe(201);
    ({
      project: { id },
      table,
    } = imported.json() as { project: { id: string }; table: TargetTable });
    expect(table.indicators).toHaveLength(164);
    const step = async (who: Client, action: string) => {
      const r = await who.post(`/api/projects/${id}/transitions`, { action });
      expect(r.statusCode, r.body).toBe(200);
    };
    await step(filer, 'submit');
    await step(reviewer, 'approve');
    await step(finance, 'approve');
  });

  it('takes actuals for all 164 indicators and the execution line', async () => {
    const year = withActuals(table);
    const r = await filer.put(`/api/projects/${id}/actuals`, {
      entries: year.indicators.map((indicator, index) => ({
        index,
        name: indicator.name,
        actual: compoundActual(indicator.target) ?? indicator.actual?.raw ?? null,
        deviationReason: indicator.deviationReason ?? null,
      })),
      execution: year.execution,
    });
    expect(r.statusCode, r.body.slice(0, 2000)).toBe(200);
    expect((r.json() as { written: number }).written).toBe(165);
  });

  it('keeps evidence on some indicators', async () => {
    for (const [index, name, bytes] of [
      [0, '高层次人才交流活动照片.png', pngImage()],
      [1, '签到表.pdf', await pdfDocument()],
      [120, '媒体报道.txt', '2019年科普活动获多家媒体报道。\n'],
    ] as const) {
      const r = await filer.upload(`/api/projects/${id}/indicators/${index}/evidence`, {
        name,
        bytes,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
  });

  it('counts a survey answered by several respondents into its indicator', async () => {
    const { survey } = (
      await filer.post(`/api/projects/${id}/surveys`, { index: SURVEYED })
    ).json() as { survey: { id: string; link: string } };
    const answers = [
      'very-satisfied',
      'satisfied',
      'satisfied',
      'very-satisfied',
      'dissatisfied',
      'satisfied',
      'neutral',
    ];
    for (const answer of answers)
      expect((await respondent(app).answer(survey.link, answer)).statusCode).toBe(201);
    const closed = await filer.post(`/api/projects/${id}/surveys/${survey.id}/close`, {});
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('downloads a 自评表 that reads back with the same actuals, scores and total as the score', async () => {
    const score = (await reviewer.get(`/api/projects/${id}/score`)).json() as ScoreReport;
    const merged = (await reviewer.get(`/api/projects/${id}/actuals/table`)).json() as TargetTable;
    expect(merged.indicators[SURVEYED]!.actual?.raw).toBe('5/7');
    expect(score.indicators[SURVEYED]!.counts).toEqual({ numerator: 5, denominator: 7 });
    expect(merged.indicators.every((i) => i.actual !== null)).toBe(true);
    expect(merged.indicators[0]!.evidence?.map((e) => e.name)).toEqual([
      '高层次人才交流活动照片.png',
    ]);

    const form = await reviewer.get(`/api/projects/${id}/forms/self-evaluation?format=xlsx`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe(XLSX);
    expect(form.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('科学技术普及-项目支出绩效自评表.xlsx')}`,
    );
    const read = await readTargetTables(new Uint8Array(form.rawPayload), { file: '自评表.xlsx' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const back = read.tables[0]!;
    expect(back.indicators).toHaveLength(164);
    back.indicators.forEach((indicator, k) => {
      expect([k, indicator.name]).toEqual([k, merged.indicators[k]!.name]);
      expect([k, indicator.actual?.raw ?? null]).toEqual([k, merged.indicators[k]!.actual?.raw]);
      expect([k, indicator.weight]).toEqual([k, score.indicators[k]!.weight]);
      expect([k, indicator.score]).toEqual([k, score.indicators[k]!.score]);
    });
    expect(back.execution).toEqual(merged.execution);
    expect(back.stated?.total).toBe(score.total);
    expect(back.stated?.budget?.score).toBe(score.budget.score);
    // The same form by extension, and for another profile, differs only as the profile does.
    const hubei = (
      await reviewer.get(`/api/projects/${id}/score?profile=hubei`)
    ).json() as ScoreReport;
    const hubeiForm = await reviewer.get(
      `/api/projects/${id}/forms/self-evaluation.xlsx?profile=hubei`,
    );
    const hubeiBack = await readTargetTables(new Uint8Array(hubeiForm.rawPayload), {
      file: 'h.xlsx',
    });
    expect(hubeiBack.ok && hubeiBack.tables[0]!.stated?.total).toBe(hubei.total);
  });

  it('downloads the 申报表 and 监控表 as workbooks and print pages', async () => {
    const html = await finance.get(`/api/projects/${id}/forms/target.html`);
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['content-disposition']).toMatch(/^inline; /);
    expect(html.body).toContain('科学技术普及');
    expect(html.body).not.toMatch(/<script/i);
    const monitoring = await finance.get(`/api/projects/${id}/forms/monitoring?checkpoint=1-7`);
    expect(monitoring.statusCode).toBe(200);
    expect(monitoring.headers['content-type']).toBe(XLSX);
    expect(monitoring.headers['content-disposition']).toContain(
      encodeURIComponent('科学技术普及-'),
    );
    const outside = await signIn(app, tree.filerB.user.username, tree.filerB.password);
    expect((await outside.get(`/api/projects/${id}/forms/target.xlsx`)).statusCode).toBe(404);
    expect((await finance.get(`/api/projects/${id}/forms/budget.xlsx`)).statusCode).toBe(400);
  });
});
