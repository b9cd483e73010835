import type { Element } from 'domhandler';
import { findAll, getAttributeValue, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { generateTables } from '../../../test/support/corpus.js';
import { readSeed } from '../../../test/support/seed.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { targetLayout } from '../xlsx/layout-target.js';
import { escapeHtml, renderHtml } from './render-html.js';

const HOSTILE_NAME = '<script>alert("x")</script><img src=x onerror=alert(1)>';

async function hostileSeed(): Promise<TargetTable> {
  const seed = await readSeed();
  return {
    ...seed,
    project: { ...seed.project, name: '"><script>alert(2)</script>' },
    indicators: [
      { ...seed.indicators[0]!, name: HOSTILE_NAME, source: "' onmouseover='alert(3)" },
      ...seed.indicators.slice(1),
    ],
  };
}

const elements = (html: string, tag: string): Element[] =>
  findAll((e) => e.name === tag, parseDocument(html).children);

/** Columns each row of a table covers, counting cells that span down into it. */
function rowWidths(table: Element): number[] {
  const rows = findAll((e) => e.name === 'tr', table.children);
  const carried: number[] = [];
  return rows.map((row, r) => {
    let width = carried.filter((until) => until >= r).length;
    for (const cell of row.children as Element[]) {
      if (cell.name !== 'td' && cell.name !== 'th') continue;
      const cols = Number(getAttributeValue(cell, 'colspan') ?? 1);
      const rows = Number(getAttributeValue(cell, 'rowspan') ?? 1);
      width += cols;
      for (let k = 0; k < cols; k += 1) if (rows > 1) carried.push(r + rows - 1);
    }
    return width;
  });
}

describe('renderHtml', () => {
  it('escapes a hostile indicator name, source and project name into inert text', async () => {
    const html = renderHtml([targetLayout(await hostileSeed())], '<title>');
    expect(html).not.toMatch(/<script|<img|onmouseover='/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x');
    expect(elements(html, 'script')).toHaveLength(0);
    expect(elements(html, 'img')).toHaveLength(0);
    const cells = elements(html, 'td').map((td) => textContent(td));
    expect(cells).toContain(HOSTILE_NAME);
    expect(cells).toContain("' onmouseover='alert(3)");
    expect(textContent(elements(html, 'title')[0]!)).toBe('<title>');
  });

  it('forbids scripts in the page itself (Content-Security-Policy)', () => {
    const html = renderHtml([], 'x');
    const csp = elements(html, 'meta').find(
      (m) => getAttributeValue(m, 'http-equiv') === 'Content-Security-Policy',
    );
    expect(getAttributeValue(csp!, 'content')).toMatch(/default-src 'none'/);
  });

  it('prints A4 landscape, repeats the indicator header on each page and keeps rows whole', async () => {
    const html = renderHtml([targetLayout(await readSeed())], '项目绩效目标表');
    expect(html).toMatch(/@page \{ size: A4 landscape;/);
    expect(html).toMatch(/thead \{ display: table-header-group; \}/);
    expect(html).toMatch(/tr \{ break-inside: avoid;/);
    expect(html).toMatch(/font-family: "SimSun", "宋体"/);
    const thead = elements(html, 'thead')[0]!;
    expect(findAll((e) => e.name === 'th', thead.children).map((th) => textContent(th))).toEqual([
      '目标内容',
      '二级指标',
      '绩效指标',
      '指标目标值',
      '目标值来源',
    ]);
  });

  it('merges the category cells over their rows and keeps every row exactly as wide as the form', async () => {
    const seed = await readSeed();
    const html = renderHtml([targetLayout(seed)], 't');
    const [block, indicators] = elements(html, 'table');
    for (const width of rowWidths(block!)) expect(width).toBe(5);
    for (const width of rowWidths(indicators!)) expect(width).toBe(5);
    const level1 = elements(html, 'td').filter((td) => textContent(td) === '产出目标');
    const outputs = seed.indicators.filter((i) => i.level1Label === '产出目标').length;
    expect(level1.map((td) => getAttributeValue(td, 'rowspan'))).toEqual([String(outputs)]);
  });

  it('puts each table of a batch on its own printed page', () => {
    const html = renderHtml(generateTables(3, 9).map(targetLayout), 'batch');
    expect(elements(html, 'section')).toHaveLength(3);
    expect(html).toMatch(/\.form \+ \.form \{ break-before: page;/);
  });

  it('escapes the five HTML specials and drops what XML cannot hold', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\u0000`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
