/**
 * The HTML forms in a real Chromium: printed to PDF, they come out A4 landscape with the
 * indicator header on every page, and a hostile name stays text (no script runs, no dialog).
 */

import { execFileSync } from 'node:child_process';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreTable } from '../src/core/scoring/index.js';
import type { TargetTable } from '../src/core/table/target-table.js';
import { exportForm } from '../src/io/forms/export-form.js';
import { withActuals } from './support/actuals.js';
import { readSeed } from './support/seed.js';

const chromiumPath = (): string =>
  process.env.CHROMIUM_PATH ?? execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
});

async function pagesOf(
  pdf: Uint8Array,
): Promise<{ width: number; height: number; text: string }[]> {
  const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .replace(/\s+/g, '');
    pages.push({ width, height, text });
  }
  return pages;
}

describe('the HTML forms printed by Chromium', () => {
  it('print the 自评表 of the seed on A4 landscape pages, the header repeated on each', async () => {
    const table = withActuals(await readSeed());
    const report = scoreTable(table);
    const html = new TextDecoder().decode(
      await exportForm({ kind: 'self-evaluation', items: [{ table, report }] }, 'html'),
    );
    const page = await browser.newPage();
    await page.setContent(html);
    const pages = await pagesOf(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
    await page.close();
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) {
      expect(Math.round(p.width)).toBe(842);
      expect(Math.round(p.height)).toBe(595);
    }
    expect(pages[0]!.text).toContain('项目支出绩效自评表');
    for (const p of pages.slice(1)) expect(p.text).toMatch(/^一级指标二级指标三级指标年度指标值/);
    expect(pages.at(-1)!.text).toContain(`总分100${report.total}`);
  });

  it('show a hostile indicator name as text and run nothing', async () => {
    const seed = await readSeed();
    const hostile: TargetTable = {
      ...seed,
      indicators: [
        {
          ...seed.indicators[0]!,
          name: '<img src=x onerror="window.hit=1"><script>window.hit=2</script>',
        },
        ...seed.indicators.slice(1),
      ],
    };
    const html = new TextDecoder().decode(
      await exportForm({ kind: 'target', tables: [hostile] }, 'html'),
    );
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.setContent(html);
    // Evaluated in the page (a string: this project's types have no DOM).
    const seen = await page.evaluate(`({
      hit: window.hit ?? null,
      scripts: document.querySelectorAll('script, img').length,
      shown: [...document.querySelectorAll('td')].some((td) => td.textContent.startsWith('<img src=x')),
    })`);
    await page.close();
    expect(seen).toEqual({ hit: null, scripts: 0, shown: true });
    expect(dialogs).toBe(0);
  });
});
