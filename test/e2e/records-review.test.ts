/**
 * Reviewing the year's records and third-party evaluation in a real Chromium against a real
 * server: the department reviewer corrects a unit's actual in the 自评 tab (the unit stays the
 * author, the reviewer is named, the history shows both), the finance bureau assigns an
 * evaluator on the project page, the evaluator sees that project alone and records its
 * evaluation; and a big file is saved in the background with its progress shown.
 */

import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEED_PATH } from '../support/seed.js';
import { expectMessage, signIn, signOut } from './support/app.js';
import {
  type Browser,
  launchBrowser,
  pageWidth,
  saveFailure,
  switchLanguage,
  VIEWPORT,
} from './support/browser.js';
import {
  ApiClient,
  buildStoryTree,
  type RunningServer,
  type StoryTree,
  startServer,
} from './support/server.js';

const TIMEOUT = 180_000;

describe.sequential('reviewing records and third-party evaluation in the browser', () => {
  let server: RunningServer;
  let tree: StoryTree;
  let browser: Browser;
  let page: Page;
  let base = '';
  let projectId = '';
  const as = (username: string) => ApiClient.signIn(base, username, tree.password(username));

  beforeAll(async () => {
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
    server = await startServer();
    base = server.url;
    tree = await buildStoryTree(server);
    const admin = await ApiClient.signIn(base, 'admin', server.adminPassword);
    await admin.json('POST', '/api/users', {
      username: 'pingjia',
      password: tree.password('pingjia'),
      orgId: tree.financeId,
      role: 'evaluator',
    });
    // The seed, imported by unit A and approved by the department and finance.
    const unit = await as('unit-a');
    const form = new FormData();
    form.append('file', new Blob([await readFile(SEED_PATH)]), 'seed.txt');
    projectId = (await unit.upload<{ project: { id: string } }>('/api/imports', form)).project.id;
    const step = async (who: string, action: string) =>
      (await as(who)).json('POST', `/api/projects/${projectId}/transitions`, {
        action,
        comment: '同意。',
      });
    await step('unit-a', 'submit');
    await step('kexie', 'approve');
    await step('finance', 'approve');
    await unit.json('PUT', `/api/projects/${projectId}/actuals`, {
      entries: [{ index: 0, actual: '6场' }],
    });
    browser = await launchBrowser();
    page = browser.page;
  }, TIMEOUT);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveFailure(page, context.task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'the department corrects an actual on behalf of the unit; the history keeps both',
    async () => {
      await signIn(page, base, 'kexie', tree.password('kexie'));
      await page.goto(`${base}/projects/${projectId}/self-evaluation`);
      const row = page.locator('.actuals-table tr[data-index="0"]');
      await row.locator('td.actuals-name').click();
      const review = page.locator('[data-testid=update-review]');
      await expect.poll(() => review.textContent()).toContain('待审核');
      await review.getByRole('button', { name: '更正' }).click();
      const dialog = page.locator('.ant-modal', { hasText: '更正实际完成值' });
      await dialog.getByLabel('实际完成值').fill('5场');
      await dialog.getByLabel('更正原因').fill('按签到表核定为 5 场');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await expectMessage(page, '已更正');
      await expect.poll(() => review.textContent()).toContain('代 unit-a 更正');
      await expect.poll(() => row.locator('input').first().inputValue()).toBe('5场');
      const history = page.locator('[data-testid=update-history] li');
      await expect.poll(() => history.count()).toBe(2);
      expect(await history.nth(0).textContent()).toContain('5场');
      expect(await history.nth(1).textContent()).toContain('unit-a');
      // Nobody reviews their own correction: the server says so in words.
      await review.getByRole('button', { name: '通过' }).click();
      await expectMessage(page, '不能审核自己填报的数据');
      await signOut(page);
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'finance assigns an evaluator, who sees that project alone and records an evaluation',
    async () => {
      await signIn(page, base, 'finance', tree.password('finance'));
      await page.goto(`${base}/projects/${projectId}`);
      // The header's buttons still fit an office screen, in either language.
      await page.locator('tr.grid-row').nth(163).waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORT.width);
      await switchLanguage(page, 'en');
      expect(await pageWidth(page)).toBeLessThanOrEqual(VIEWPORT.width);
      await switchLanguage(page, 'zh');
      await page.getByRole('button', { name: '第三方评价' }).click();
      const drawer = page.locator('.ant-drawer');
      await drawer.getByLabel('选择评价人员或机构').click();
      await page.locator('.ant-select-item-option', { hasText: 'pingjia' }).click();
      await drawer.getByRole('button', { name: '指派' }).click();
      await expectMessage(page, '已指派“pingjia”');
      await expect
        .poll(() => drawer.locator('[data-testid=assignments]').textContent())
        .toContain('pingjia');
      await page.locator('.ant-drawer-close').click();
      await signOut(page);

      await signIn(page, base, 'pingjia', tree.password('pingjia'));
      const listed = await (await as('pingjia')).json<{ items: { id: string }[] }>(
        'GET',
        '/api/projects',
      );
      expect(listed.items.map((p) => p.id)).toEqual([projectId]);
      await page.goto(`${base}/projects/${projectId}`);
      await page.getByRole('button', { name: '第三方评价' }).click();
      const mine = page.locator('.ant-drawer');
      await mine.getByLabel('评价得分').fill('88');
      await mine.getByLabel('评价意见').fill('目标基本完成，佐证材料较完整。');
      await mine.getByRole('button', { name: '提交评价' }).click();
      await expectMessage(page, '评价已保存');
      await expect
        .poll(() => mine.locator('[data-testid=evaluation]').textContent())
        .toContain('良');
      await page.locator('.ant-drawer-close').click();
      await signOut(page);
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a big file is saved in the background, its progress shown, then opens as a draft',
    async () => {
      // The seed with a megabyte of blank lines: the same 164 indicators, over the threshold.
      const big = join(tmpdir(), `jixiao-big-${process.pid}.txt`);
      await writeFile(big, `${await readFile(SEED_PATH, 'utf8')}${'\n'.repeat(1_100_000)}`);
      await signIn(page, base, 'unit-a', tree.password('unit-a'));
      await page.goto(`${base}/import`);
      await page.locator('.import-drop input[type=file]').setInputFiles(big);
      await page.locator('.import-save button[type=submit]').click({ timeout: 60_000 });
      await page.locator('[data-testid=import-job]').waitFor();
      await page.waitForURL(/\/projects\/[^/]+$/, { timeout: 60_000 });
      await page.locator('tr.grid-row').nth(163).waitFor();
      const id = new URL(page.url()).pathname.split('/').at(-1);
      expect(id).not.toBe(projectId);
      const audit = await server.store.db
        .selectFrom('import_jobs')
        .select(['state', 'file_name'])
        .execute();
      expect(audit).toEqual([{ state: 'done', file_name: big.split('/').at(-1) }]);
      await signOut(page);
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
