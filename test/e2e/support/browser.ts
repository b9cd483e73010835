/**
 * Debian's Chromium driven by playwright-core: headless, a fresh profile in a temp folder, a
 * 1366×768 window like the office PCs the app is made for. Also the screenshot helper that
 * writes every screen in Chinese and in English into docs/screenshots/.
 */

import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 } as const;
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', 'docs', 'screenshots');

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** What the page said on the console and what it threw: a clean run has no errors. */
  readonly problems: string[];
  readonly close: () => Promise<void>;
}

/** Launches Chromium with a new profile and opens one page. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'jixiao-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: VIEWPORT,
    locale: 'zh-CN',
    timezoneId: 'UTC',
    acceptDownloads: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed request is reported by the browser itself (a 401 before sign-in, a 409 on a
    // conflict): those are answers the app handles, not faults of the page.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning' && /deprecat|Warning:/i.test(message.text()))
      problems.push(`console.warning: ${message.text()}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until nothing is animating or loading, so screenshots are stable. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  // In-page code is written as text: the test compiles without the DOM library.
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
  await page.waitForTimeout(350);
}

/** Clicks the language switch to `language` (the first switch on the page). */
export async function switchLanguage(page: Page, language: 'zh' | 'en'): Promise<void> {
  const label = language === 'zh' ? '中文' : 'EN';
  // The switch's own radio input gets the click, so a dialog's mask over the header does not
  // stop it (a screenshot of an open dialog in both languages).
  await page
    .locator('.language-switch')
    .first()
    .locator('label.ant-segmented-item', { hasText: label })
    .locator('input')
    .dispatchEvent('click');
  await page.waitForFunction(
    `document.documentElement.lang === '${language === 'zh' ? 'zh-CN' : 'en'}'`,
  );
}

/** Passing notifications ("已保存") are left out of the pictures: they belong to a moment. */
const HIDE_TRANSIENT = '.ant-message { display: none !important; }';

/** Writes `name.zh.png` and `name.en.png` of the current screen, leaving the page in Chinese. */
export async function shoot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const shot = {
    fullPage: options.fullPage ?? false,
    style: HIDE_TRANSIENT,
    animations: 'disabled' as const,
  };
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.zh.png`), ...shot });
  await switchLanguage(page, 'en');
  await settle(page);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.en.png`), ...shot });
  await switchLanguage(page, 'zh');
}

/** Width of the page's content: more than the window means horizontal scrolling. */
export function pageWidth(page: Page): Promise<number> {
  return page.evaluate<number>('document.documentElement.scrollWidth');
}

/** A screenshot of a failed step, into .tmp/ (ignored by git), named after the step. */
export async function saveFailure(page: Page | undefined, name: string): Promise<void> {
  if (!page) return;
  const folder = join(import.meta.dirname, '..', '..', '..', '.tmp');
  mkdirSync(folder, { recursive: true });
  await page
    .screenshot({ path: join(folder, `e2e-failure-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) })
    .catch(() => {});
}
