/** What a person does in the app, as steps for the browser tests. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Signs in through the sign-in page and waits for the dashboard (or `next`). */
export async function signIn(
  page: Page,
  base: string,
  username: string,
  password: string,
): Promise<void> {
  if (!page.url().includes('/login')) await page.goto(`${base}/login`);
  await page.getByLabel(/用户名|User name/).fill(username);
  await page.getByLabel(/密码|Password/).fill(password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Signs out with the header button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.locator('.header-signout').click();
  await page.waitForURL(/\/login/);
}

/** The text of the notification messages shown now. */
export async function messages(page: Page): Promise<string[]> {
  return page.locator('.ant-message-notice').allInnerTexts();
}

/** Waits for a message containing `text`. */
export async function expectMessage(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.ant-message-notice', { hasText: text }).first().waitFor({ timeout: 15_000 });
}

/** The grid row of an indicator, found by its exact name (the first, when names repeat). */
export function rowNamed(page: Page, name: string) {
  return page
    .locator('tr.grid-row', {
      has: page.locator('td.grid-cell-name').getByText(name, { exact: true }),
    })
    .first();
}

/** Opens a cell of a row for editing (Enter), replaces its text and confirms with Enter. */
export async function editCell(
  page: Page,
  row: ReturnType<typeof rowNamed>,
  field: 'name' | 'target' | 'source',
  text: string,
): Promise<void> {
  const cell = row.locator(`td.grid-cell-${field}`);
  await cell.click();
  await page.keyboard.press('Enter');
  const input = cell.locator('input.cell-input');
  await input.waitFor();
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => input.count()).toBe(0);
}

/** Takes a workflow action from the project header, with a comment when one is asked for. */
export async function takeAction(page: Page, action: string, comment?: string): Promise<void> {
  await page.locator(`button[data-action="${action}"]`).click();
  if (comment !== undefined) {
    const dialog = page.locator('.ant-modal').last();
    await dialog.locator('textarea').fill(comment);
    await dialog
      .locator('.ant-modal-footer .ant-btn-primary, .ant-modal-footer .ant-btn-dangerous')
      .last()
      .click();
  } else {
    await page.locator('.ant-popconfirm-buttons .ant-btn-primary:visible').click();
  }
}
