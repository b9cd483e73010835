/**
 * What goes wrong in real offices, in a real Chromium against a real server: someone else saves
 * while you edit (both versions shown, you choose), the session expires mid-edit (nothing typed
 * is lost), and a file that is no target table is uploaded (a sentence, and nothing stored).
 */

import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { SEED_PATH } from '../support/seed.js';
import { editCell, expectMessage, rowNamed, signIn } from './support/app.js';
import { type Browser, launchBrowser, saveFailure, shoot } from './support/browser.js';
import {
  ApiClient,
  buildStoryTree,
  type RunningServer,
  type StoryTree,
  startServer,
} from './support/server.js';

const TIMEOUT = 180_000;
const ROW = '参加展会接待观众人数';
const OTHER_ROW = '参加国际知名展会';

describe.sequential('the web app when things go wrong', () => {
  let server: RunningServer;
  let tree: StoryTree;
  let browser: Browser;
  let page: Page;
  let base = '';
  let projectId = '';

  /** Unit A's own API session (another person of the same unit, at another desk). */
  const colleague = () => ApiClient.signIn(base, 'unit-a', tree.password('unit-a'));

  async function serverTable(): Promise<{ table: TargetTable; version: number }> {
    const api = await colleague();
    const project = await api.json<{ version: number }>('GET', `/api/projects/${projectId}`);
    return {
      table: await api.json<TargetTable>('GET', `/api/projects/${projectId}/table`),
      version: project.version,
    };
  }

  /** The colleague changes one row's target value and saves from the current version. */
  async function colleagueSaves(name: string, raw: string): Promise<number> {
    const api = await colleague();
    const { table, version } = await serverTable();
    const changed: TargetTable = {
      ...table,
      indicators: table.indicators.map((i) =>
        i.name === name
          ? { ...i, target: { raw } as TargetTable['indicators'][number]['target'] }
          : i,
      ),
    };
    const saved = await api.request('PUT', `/api/projects/${projectId}/table`, changed, {
      'if-match': `"${version}"`,
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    return ((await saved.json()) as { version: number }).version;
  }

  beforeAll(async () => {
    // A browser on a shared two-core machine: give each awaited change time to show.
    vi.setConfig({ expect: { poll: { timeout: 15_000, interval: 100 } } });
    server = await startServer();
    base = server.url;
    tree = await buildStoryTree(server);
    browser = await launchBrowser();
    page = browser.page;
    await signIn(page, base, 'unit-a', tree.password('unit-a'));
    await page.goto(`${base}/import`);
    await page.locator('.import-drop input[type=file]').setInputFiles(SEED_PATH);
    await page.locator('.import-save button[type=submit]').click({ timeout: 30_000 });
    await page.waitForURL(/\/projects\/[^/]+$/, { timeout: 30_000 });
    projectId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.locator('tr.grid-row').nth(163).waitFor();
  }, TIMEOUT);

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await saveFailure(page, context.task.name);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'a conflicting save shows both versions; keeping mine saves mine over theirs',
    async () => {
      await editCell(page, rowNamed(page, ROW), 'target', '2500人');
      const theirs = await colleagueSaves(OTHER_ROW, '3场');
      await page.keyboard.press('Control+s');
      const dialog = page.locator('.ant-modal', { hasText: '目标表已被他人修改' });
      await dialog.waitFor();
      const diff = await dialog.locator('[data-testid=table-diff]').textContent();
      // Both sides are shown: their new value of the other row, my new value of mine.
      expect(diff).toContain('3场');
      expect(diff).toContain('2500人');
      await shoot(page, '21-conflict');
      await dialog
        .getByRole('button', { name: new RegExp(`保留我的修改（覆盖第 ${theirs} 版）`) })
        .click();
      await expectMessage(page, `已保存为第 ${theirs + 1} 版`);
      const now = await serverTable();
      expect(now.version).toBe(theirs + 1);
      expect(now.table.indicators.find((i) => i.name === ROW)?.target.raw).toBe('2500人');
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a conflicting save can also give way: taking theirs drops mine',
    async () => {
      await editCell(page, rowNamed(page, ROW), 'target', '3000人');
      const theirs = await colleagueSaves(ROW, '2800人');
      await page.keyboard.press('Control+s');
      const dialog = page.locator('.ant-modal', { hasText: '目标表已被他人修改' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: /采用服务器上的版本/ }).click();
      await expectMessage(page, `已载入第 ${theirs} 版`);
      await expect
        .poll(() => rowNamed(page, ROW).locator('td.grid-cell-target').textContent())
        .toBe('2800人');
      await expect.poll(() => page.locator('.save-state').textContent()).toContain('已全部保存');
      expect((await serverTable()).table.indicators.find((i) => i.name === ROW)?.target.raw).toBe(
        '2800人',
      );
    },
    TIMEOUT,
  );

  it(
    'an expired session loses nothing: sign in again and the edit is back, then saved',
    async () => {
      await editCell(page, rowNamed(page, ROW), 'target', '≥3200人');
      // Past the session's twelve hours on the server's clock.
      server.advanceClock(13 * 3_600_000);
      await page.keyboard.press('Control+s');
      await page.waitForURL(/\/login\?expired=1/);
      await expect
        .poll(() => page.locator('.ant-alert-warning').textContent())
        .toContain('登录已过期');
      await shoot(page, '22-session-expired');
      await signIn(page, base, 'unit-a', tree.password('unit-a'));
      await page.waitForURL(new RegExp(`/projects/${projectId}$`));
      await expect
        .poll(() => page.locator('.editor-notice.ant-alert-success').textContent())
        .toContain('已恢复您在');
      await expect
        .poll(() => rowNamed(page, ROW).locator('td.grid-cell-target').textContent())
        .toBe('≥3200人');
      await shoot(page, '23-draft-restored');
      await page.keyboard.press('Control+s');
      await expectMessage(page, '已保存为第');
      expect((await serverTable()).table.indicators.find((i) => i.name === ROW)?.target.raw).toBe(
        '≥3200人',
      );
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'a file that is not a target table gets a sentence, and nothing is stored',
    async () => {
      const before = (await (await colleague()).json<{ total: number }>('GET', '/api/projects'))
        .total;
      await page.goto(`${base}/import`);
      const input = page.locator('.import-drop input[type=file]');
      // An empty file.
      await input.setInputFiles({
        name: '空白.txt',
        mimeType: 'text/plain',
        buffer: Buffer.alloc(0),
      });
      const alert = page.locator('.import-error');
      await alert.waitFor();
      expect(await alert.textContent()).toMatch(/无法读取“空白\.txt”：.*空/);
      // Bytes that are no document at all, whatever the name says.
      await input.setInputFiles({
        name: '绩效目标表.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
      });
      await expect.poll(() => alert.textContent()).toContain('无法读取“绩效目标表.xlsx”');
      const text = (await alert.textContent()) ?? '';
      // A sentence for a person: no stack trace, no bare error code.
      expect(text).not.toMatch(/Error:|at .*\.js|HTTP_\d{3}|[A-Z_]{6,}/);
      await shoot(page, '24-bad-file');
      expect(
        (await (await colleague()).json<{ total: number }>('GET', '/api/projects')).total,
      ).toBe(before);
      expect(browser.problems).toEqual([]);
    },
    TIMEOUT,
  );
});
