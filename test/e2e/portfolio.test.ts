/**
 * The portfolio in a real Chromium against a real server: a department reviewer
 * with the seed and two scored projects sees the 工作台 charts drawn from one
 * `GET /api/portfolio` — the numbers the API gives, no project fetched one by one — opens the
 * list filtered by grade on the server, and previews a PDF evidence file in the page. Screens
 * are photographed at 1366×768 in Chinese and English (docs/screenshots/).
 */

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { withActuals } from '../support/actuals.js';
import { buildTargetTable } from '../support/factories.js';
import { SEED_PATH } from '../support/seed.js';
import { signIn } from './support/app.js';
import {
  type Browser,
  launchBrowser,
  pageWidth,
  saveFailure,
  shoot,
  VIEWPORT,
} from './support/browser.js';
import {
  ApiClient,
  buildStoryTree,
  type RunningServer,
  type StoryTree,
  startServer,
} from './support/server.js';

const TIMEOUT = 240_000;
const PDF_NAME = '验收报告.pdf';

interface Portfolio {
  projects: { total: number; byState: Record<string, number>; withErrors: number };
  findings: {
    bySeverity: Record<string, number>;
    byCategory: { category: string; error: number; warning: number; info: number }[];
  };
  grades: Record<string, number>;
  monitoring: {
    reported: number;
    budget: Record<string, number>;
    indicators: Record<string, number>;
  };
  orgs: { orgId: string; orgName: string; projects: number }[];
}

interface ProjectList {
  total: number;
  items: { id: string; name: string; grade: string | null; scoreTotal: number | null }[];
}

describe.sequential('the web app: a reviewer’s portfolio', () => {
  let server: RunningServer;
  let tree: StoryTree;
  let browser: Browser;
  let page: Page;
  let base = '';
  /** The scored projects: an excellent one of unit A, a fair one of unit B. */
  const scored = { excellent: '', fair: '' };
  const tables = { excellent: buildTargetTable(1), fair: buildTargetTable(2) };

  /** Imports a file as a draft of the caller's unit and returns the project's id. */
  const importFile = async (client: ApiClient, name: string, bytes: Uint8Array | string) => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const answer = await client.upload<{ project: { id: string } }>('/api/imports', form);
    return answer.project.id;
  };

  /** Carries a project from draft to approved through the workflow, as its people would. */
  const approve = async (id: string, unit: ApiClient) => {
    await unit.json('POST', `/api/projects/${id}/transitions`, { action: 'submit' });
    const department = await ApiClient.signIn(base, 'kexie', tree.password('kexie'));
    await department.json('POST', `/api/projects/${id}/transitions`, { action: 'approve' });
    const finance = await ApiClient.signIn(base, 'finance', tree.password('finance'));
    await finance.json('POST', `/api/projects/${id}/transitions`, { action: 'approve' });
  };

  /** Records every actual and the execution of a table, as its unit would at year end. */
  const recordYear = async (id: string, table: TargetTable, unit: ApiClient) => {
    const year = withActuals(table);
    await unit.json('PUT', `/api/projects/${id}/actuals`, {
      entries: year.indicators.map((i, index) => ({
        index,
        actual: i.actual?.raw ?? null,
        deviationReason: '受疫情影响，部分活动延期至下年度举办。',
      })),
      execution: year.execution,
    });
  };

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
    server = await startServer();
    base = server.url;
    tree = await buildStoryTree(server);
    const unitA = await ApiClient.signIn(base, 'unit-a', tree.password('unit-a'));
    const unitB = await ApiClient.signIn(base, 'unit-b', tree.password('unit-b'));
    // The seed, submitted to the department: 164 rows and their findings.
    const seed = await importFile(unitA, 'seed.txt', await readFile(SEED_PATH));
    await unitA.json('POST', `/api/projects/${seed}/transitions`, { action: 'submit' });
    // Two approved projects with a year of actuals: complete scores, so real grades.
    scored.excellent = await importFile(unitA, 'a.json', JSON.stringify(tables.excellent));
    scored.fair = await importFile(unitB, 'b.json', JSON.stringify(tables.fair));
    await approve(scored.excellent, unitA);
    await approve(scored.fair, unitB);
    await recordYear(scored.excellent, tables.excellent, unitA);
    await recordYear(scored.fair, tables.fair, unitB);
    // Unit A reports 1–7月 with 30% spent: a red budget light and lights on three indicators.
    await unitA.json('PUT', `/api/projects/${scored.excellent}/monitoring/1-7`, {
      execution: { spent: '100000.00' },
      entries: [0, 1, 2].map((index) => ({
        index,
        expected: tables.excellent.indicators[index]!.target.raw,
      })),
    });
    // A PDF as evidence of the first indicator.
    const form = new FormData();
    form.append(
      'file',
      new Blob([await readFile('test/fixtures/pdf/guangzhou-2021-two-pages.pdf')]),
      PDF_NAME,
    );
    await unitA.upload(`/api/projects/${scored.excellent}/indicators/0/evidence`, form);
    browser = await launchBrowser();
    page = browser.page;
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveFailure(page, context.task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function expectCleanScreen(): Promise<void> {
    expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORT.width);
    expect(browser.problems).toEqual([]);
  }

  /** The figures a chart's table for screen readers states, by key. */
  const figures = async (chart: string): Promise<Record<string, number>> => {
    const rows = page.locator(`[data-testid=${chart}] [data-testid=chart-data] tr`);
    const out: Record<string, number> = {};
    for (const row of await rows.all())
      out[(await row.getAttribute('data-key'))!] = Number(await row.locator('td').textContent());
    return out;
  };

  it(
    'draws the dashboard charts from one portfolio answer: the numbers the API gives',
    async () => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname + new URL(r.url()).search));
      await signIn(page, base, 'kexie', tree.password('kexie'));
      await page.locator('[data-testid=portfolio]').waitFor();
      const api = await ApiClient.signIn(base, 'kexie', tree.password('kexie'));
      const portfolio = await api.json<Portfolio>('GET', '/api/portfolio');
      // The seed and the two scored projects, all visible to the department.
      expect(portfolio.projects.total).toBe(3);
      expect(portfolio.grades).toMatchObject({ excellent: 1, fair: 1 });

      expect(await figures('chart-state')).toEqual(portfolio.projects.byState);
      expect(await figures('chart-severity')).toEqual(portfolio.findings.bySeverity);
      const categories = await figures('chart-category');
      for (const c of portfolio.findings.byCategory)
        for (const s of ['error', 'warning', 'info'] as const)
          expect([c.category, s, categories[`${c.category}:${s}`]]).toEqual([c.category, s, c[s]]);
      expect(await figures('chart-grades')).toEqual({
        excellent: portfolio.grades.excellent,
        good: portfolio.grades.good,
        fair: portfolio.grades.fair,
        poor: portfolio.grades.poor,
      });
      const lights = await figures('chart-lights');
      expect(portfolio.monitoring.reported).toBe(1);
      for (const l of ['green', 'yellow', 'red', 'none']) {
        expect(lights[`budget:${l}`]).toBe(portfolio.monitoring.budget[l]);
        expect(lights[`indicators:${l}`]).toBe(portfolio.monitoring.indicators[l]);
      }
      const rollup = page.locator('[data-testid=org-rollup] .ant-table-row');
      await expect.poll(() => rollup.count()).toBe(portfolio.orgs.length);
      // The totals on top are the portfolio's too.
      const total = page.locator('.ant-statistic').first().locator('.ant-statistic-content-value');
      expect(await total.textContent()).toBe(String(portfolio.projects.total));
      // One portfolio request; no project's findings or score was fetched for the charts.
      expect(requests.filter((r) => r.startsWith('/api/portfolio'))).toHaveLength(1);
      expect(requests.filter((r) => /^\/api\/projects\/[^/?]+\/(findings|score)/.test(r))).toEqual(
        [],
      );
      page.removeAllListeners('request');
      await shoot(page, '25-portfolio', { fullPage: true });
      await expectCleanScreen();
    },
    TIMEOUT,
  );

  it(
    'filters the list by grade on the server, and by organisation from the rollup',
    async () => {
      const api = await ApiClient.signIn(base, 'kexie', tree.password('kexie'));
      const excellent = await api.json<ProjectList>(
        'GET',
        `/api/projects?grade=${encodeURIComponent('优')}`,
      );
      expect(excellent.items.map((p) => p.id)).toEqual([scored.excellent]);
      await page.locator('.app-menu').getByText('项目').click();
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(3);
      const filtered = page.waitForResponse((r) => r.url().includes('grade=excellent'));
      await page.getByLabel('自评等级').click();
      await page.locator('.ant-select-item-option', { hasText: /^优$/ }).click();
      expect((await filtered).status()).toBe(200);
      await page.waitForURL(/grade=excellent/);
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(excellent.total);
      const row = page.locator('.ant-table-row').first();
      expect(await row.textContent()).toContain(excellent.items[0]!.name);
      expect(await row.locator('[data-grade=excellent]').textContent()).toBe(
        `优 · ${excellent.items[0]!.scoreTotal} 分`,
      );
      await shoot(page, '26-projects-by-grade');
      await expectCleanScreen();
      // From the dashboard's rollup to the list of one organisation.
      await page.goto(`${base}/`);
      const unitB = page.locator('[data-testid=org-rollup] a', { hasText: '深圳市科技馆' });
      await unitB.click();
      await page.waitForURL(new RegExp(`orgId=${tree.unitBId}`));
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(1);
      expect(
        await page.locator('.ant-table-row').first().locator('[data-grade=fair]').count(),
      ).toBe(1);
    },
    TIMEOUT,
  );

  it(
    'previews a PDF evidence file in the page, in the browser’s own viewer',
    async () => {
      await page.goto(`${base}/projects/${scored.excellent}`);
      await page.getByRole('tab', { name: '自评' }).click();
      const row = page.locator('.actuals-table tr[data-index="0"]');
      await row.waitFor();
      await row.locator('td.actuals-name').click();
      const side = page.locator('[data-testid=indicator-side]');
      await expect.poll(() => side.locator('[data-testid=evidence-item]').count()).toBe(1);
      const inline = page.waitForResponse((r) => r.url().includes('inline=1'));
      await side.getByRole('button', { name: new RegExp(`预览 ${PDF_NAME}`) }).click();
      const response = await inline;
      expect(response.status()).toBe(200);
      // allHeaders: headers() leaves out security headers such as the content policy.
      const headers = await response.allHeaders();
      expect(headers['content-type']).toBe('application/pdf');
      expect(headers['content-disposition']).toMatch(/^inline; /);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['content-security-policy']).toBe(
        "default-src 'none'; frame-ancestors 'self'; sandbox",
      );
      const frame = page.locator('.ant-modal iframe[data-testid=evidence-pdf]');
      await frame.waitFor();
      expect(await frame.getAttribute('title')).toBe(PDF_NAME);
      // The frame holds the PDF itself (the browser's viewer draws it), not an error page.
      await expect
        .poll(() =>
          page
            .frames()
            .some((f) =>
              f
                .url()
                .endsWith(
                  `/evidence/${new URL(response.url()).pathname.split('/').at(-1)}?inline=1`,
                ),
            ),
        )
        .toBe(true);
      await page.waitForTimeout(1500);
      await shoot(page, '27-evidence-pdf');
      await expectCleanScreen();
    },
    TIMEOUT,
  );
});
