/**
 * The public questionnaire on a phone-sized Chromium (375 × 667): it fits without sideways
 * scrolling, its style sheet is allowed by the strict policy (no violation reported), a tap
 * on an answer and on 提交 counts the answer, and opening the link again says it was answered.
 */

import { chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { Store } from '../../../src/store/store.js';
import { CHROMIUM } from '../../e2e/support/browser.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp, storedCounts } from './support.js';

describeEachDatabase('the questionnaire on a phone', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let base: string;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => app.close());

  it('fits 375 px, obeys its policy, and takes one tap-and-submit answer', async () => {
    const project = await projectIn(store, tree.unitA, await readSeed());
    const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    const { survey } = (
      await filer.post(`/api/projects/${project.id}/surveys`, { index: 140 })
    ).json() as { survey: { link: string } };

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage({
        viewport: { width: 375, height: 667 },
        isMobile: true,
        hasTouch: true,
        locale: 'zh-CN',
      });
      page.setDefaultTimeout(10_000);
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${base}${survey.link}`);
      expect(await page.title()).toBe('满意度调查');
      expect(
        await page.evaluate<number>('document.documentElement.scrollWidth'),
      ).toBeLessThanOrEqual(375);
      // The style sheet applied: the submit button spans the card, taller than a fingertip.
      const button = await page.locator('button[type=submit]').boundingBox();
      expect(button!.width).toBeGreaterThan(300);
      expect(button!.height).toBeGreaterThanOrEqual(44);

      const before = (await storedCounts(store)).survey_responses;
      await page
        .locator('label.option', { has: page.locator('input[value="very-satisfied"]') })
        .tap();
      expect(await page.locator('input[value="very-satisfied"]').isChecked()).toBe(true);
      await page.locator('textarea[name=comment]').fill('讲解很清楚');
      await page.locator('button[type=submit]').tap();
      await page.getByText('感谢您的参与！您的答卷已记录。').waitFor();
      expect((await storedCounts(store)).survey_responses).toBe(before + 1);

      await page.goto(`${base}${survey.link}`);
      await page.getByText('您已经提交过这份问卷，感谢参与。').waitFor();
      expect(await page.locator('form').count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
