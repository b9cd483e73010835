/**
 * Every reader, fuzzed: whatever bytes, text or structure arrives, `readTargetTables` resolves
 * (never rejects, never throws) to tables or to an `InputError` that speaks both languages.
 * Structured inputs are built from the words real tables use, so the interpreter is driven deep
 * (headers, categories, merges, spans), not only refused at the door; real fixtures are mutated.
 */

import { readFile } from 'node:fs/promises';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/input-error.js';
import { pdfGrid } from '../../src/io/pdf/pdf-grid.js';
import { readTargetTables } from '../../src/io/read.js';

/** The oracle: a result, never an exception; tables with indicators, or a readable error. */
async function readsCleanly(bytes: Uint8Array, file: string): Promise<void> {
  const result = await readTargetTables(bytes, { file });
  if (result.ok) {
    expect(result.tables.length).toBeGreaterThan(0);
    for (const table of result.tables) {
      expect(table.indicators.length).toBeGreaterThan(0);
      for (const indicator of table.indicators) {
        expect(indicator.level1 !== null || indicator.level2 !== null).toBe(true);
        expect(typeof indicator.target.raw).toBe('string');
      }
    }
    return;
  }
  expect(result.error).toBeInstanceOf(InputError);
  expect(result.error.text.zh.length).toBeGreaterThan(0);
  expect(result.error.text.en.length).toBeGreaterThan(0);
}

const WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '绩效指标',
  '指标值',
  '指标性质',
  '度量单位',
  '目标值来源',
  '实际完成值',
  '分值',
  '得分',
  '产出目标',
  '产出指标',
  '效果目标',
  '效益指标',
  '满意度指标',
  '数量',
  '质量指标',
  '时效',
  '成本指标',
  '社会效益',
  '满意度',
  '项目名称',
  '主管部门',
  '实施单位',
  '项目资金（万元）',
  '年度资金总额',
  '项目绩效目标表',
  '(2019年)',
  '≥90%',
  '6场',
  '≤5000元',
  '2019年12月',
  '1-2个',
  '是',
  'XX',
  '**',
  '合计',
  '填报人：张三',
  '27890645.00',
  '',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'grapheme' }) },
);
const grid = fc.array(fc.array(word, { maxLength: 8 }), { maxLength: 40 });
const runs = (n: number) => ({ numRuns: n, endOnFailure: true });

describe('readers never throw', () => {
  it('on arbitrary bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), (bytes) => readsCleanly(bytes, 'x.bin')),
      runs(500),
    );
  });

  it('on arbitrary text and on tables of real words, tab-, pipe- and space-separated', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 2000, unit: 'grapheme' }), (text) =>
        readsCleanly(strToU8(text), 'x.txt'),
      ),
      runs(300),
    );
    await fc.assert(
      fc.asyncProperty(grid, fc.constantFrom('\t', ' | ', '  ', ' ', ''), (rows, sep) =>
        readsCleanly(strToU8(rows.map((r) => r.join(sep)).join('\n')), 'x.txt'),
      ),
      runs(500),
    );
  });

  it('on CSV of real words with quotes, commas and line breaks in cells', async () => {
    const cell = fc.oneof(word, fc.constantFrom('"', '","', 'a\nb', ',,,', '\r\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 40 }), (rows) =>
        readsCleanly(strToU8(stringify(rows.length > 0 ? rows : [['']])), 'x.csv'),
      ),
      runs(300),
    );
  });

  it('on HTML tables with any rowspan/colspan, nesting and stray markup', async () => {
    const span = fc.oneof(
      fc.constantFrom('', '0', '-1', 'x', '65534', '1000'),
      fc.nat(6).map(String),
    );
    const td = fc
      .tuple(word, span, span, fc.constantFrom('td', 'th'))
      .map(([text, r, c, tag]) => `<${tag} rowspan="${r}" colspan="${c}">${text}</${tag}>`);
    const tr = fc.array(td, { maxLength: 7 }).map((cells) => `<tr>${cells.join('')}</tr>`);
    const table = fc.array(tr, { maxLength: 25 }).map((rows) => `<table>${rows.join('')}</table>`);
    const noise = fc.constantFrom(
      '<p>项目名称：甲</p>',
      '<br>',
      '<script>a<b</script>',
      '<div>',
      '</td>',
      '<!--',
      '<![if x]>',
      '&nbsp;&amp;',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(table, noise, word), { maxLength: 8 }), (parts) =>
        readsCleanly(strToU8(`<html><body>${parts.join('\n')}</body></html>`), 'x.html'),
      ),
      runs(300),
    );
  });

  it('on workbooks ExcelJS builds from random cells, numbers, dates and merges', async () => {
    const value = fc.oneof(
      word,
      fc.double({ noNaN: false }),
      fc.date({ noInvalidDate: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const merge = fc.tuple(fc.nat(30), fc.nat(8), fc.nat(4), fc.nat(3));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(value, { maxLength: 8 }), { maxLength: 30 }),
        fc.array(merge, { maxLength: 6 }),
        fc.constantFrom('General', '0.00', '#,##0.00', '0%', 'yyyy"年"m"月"', '0.00"万元"', '@'),
        async (rows, merges, numFmt) => {
          const book = new ExcelJS.Workbook();
          const sheet = book.addWorksheet('S');
          for (const [r, row] of rows.entries())
            for (const [c, v] of row.entries()) {
              const cell = sheet.getCell(r + 1, c + 1);
              cell.value = v as ExcelJS.CellValue;
              cell.numFmt = numFmt;
            }
          for (const [top, left, down, across] of merges) {
            try {
              sheet.mergeCells(top + 1, left + 1, top + 1 + down, left + 1 + across);
            } catch {
              // Overlapping merges are refused by ExcelJS itself; the rest stay.
            }
          }
          const bytes = new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
          await readsCleanly(bytes, 'x.xlsx');
        },
      ),
      runs(100),
    );
  });

  it('on Word documents with random paragraphs, tables, vMerge and gridSpan', async () => {
    const tc = fc
      .tuple(
        word,
        fc.constantFrom('', 'restart', 'continue'),
        fc.constantFrom('', '0', '2', '999', 'x'),
      )
      .map(([text, merge, span]) => {
        const props = `${merge === '' ? '' : merge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>'}${span === '' ? '' : `<w:gridSpan w:val="${span}"/>`}`;
        return `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
      });
    const tbl = fc
      .array(fc.array(tc, { maxLength: 6 }), { maxLength: 20 })
      .map((rows) => `<w:tbl>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`);
    const para = word.map(
      (t) => `<w:p><w:r><w:t>${t}</w:t><w:tab/><w:t>项目名称：乙</w:t></w:r></w:p>`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(tbl, para), { maxLength: 6 }), async (blocks) => {
        const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${blocks.join('')}</w:body></w:document>`;
        const bytes = zipSync({
          '[Content_Types].xml': strToU8('<Types/>'),
          'word/document.xml': strToU8(xml),
        });
        await readsCleanly(bytes, 'x.docx');
      }),
      runs(300),
    );
  });

  it('on XML Spreadsheets with any ss:Index, merges and data types', async () => {
    const num = fc.oneof(
      fc.constantFrom('', '0', '-3', 'x', '99999999', '16384'),
      fc.nat(9).map(String),
    );
    const xmlCell = fc
      .tuple(
        word,
        num,
        num,
        num,
        fc.constantFrom('String', 'Number', 'DateTime', 'Boolean', 'Error'),
      )
      .map(
        ([text, at, across, down, type]) =>
          `<Cell ss:Index="${at}" ss:MergeAcross="${across}" ss:MergeDown="${down}"><Data ss:Type="${type}">${text}</Data></Cell>`,
      );
    const xmlRow = fc
      .tuple(fc.array(xmlCell, { maxLength: 6 }), num)
      .map(([cells, at]) => `<Row ss:Index="${at}">${cells.join('')}</Row>`);
    await fc.assert(
      fc.asyncProperty(fc.array(xmlRow, { maxLength: 25 }), async (rows) => {
        const xml = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="S"><Table>${rows.join('')}</Table></Worksheet></Workbook>`;
        await readsCleanly(strToU8(xml), 'x.xls');
      }),
      runs(150),
    );
  });

  it('on PDF text at any positions, sizes and coordinates', () => {
    const item = fc.record({
      text: word,
      x: fc.double(),
      y: fc.double(),
      width: fc.double(),
      size: fc.double(),
    });
    const page = fc.record({ number: fc.nat(), items: fc.array(item, { maxLength: 60 }) });
    fc.assert(
      fc.property(fc.array(page, { maxLength: 4 }), (pages) => {
        const result = pdfGrid(pages);
        expect(Array.isArray(result.rows)).toBe(true);
      }),
      runs(500),
    );
  });
});

describe('mutated fixtures never make a reader throw', () => {
  const mutations = (size: number) =>
    fc.oneof(
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(size) }),
      fc.record({
        kind: fc.constant('flip' as const),
        flips: fc.array(fc.tuple(fc.nat(size - 1), fc.nat(255)), { minLength: 1, maxLength: 20 }),
      }),
    );
  const mutate = (
    bytes: Uint8Array,
    m: { kind: 'truncate'; at: number } | { kind: 'flip'; flips: [number, number][] },
  ) => {
    if (m.kind === 'truncate') return bytes.subarray(0, m.at);
    const out = bytes.slice();
    for (const [at, value] of m.flips) out[at] = value;
    return out;
  };

  for (const [path, count] of [
    ['xlsx/shenzhen-2020-workbook.xlsx', 150],
    ['docx/chengdu-2023-shenbao.docx', 150],
    ['html/ningbo-2020-export.xls', 150],
    ['xml/wuhan-2021-export.xls', 150],
    ['csv/hangzhou-2022.csv', 150],
    ['text/seed-gb18030.txt', 60],
    ['pdf/guangzhou-2021-two-pages.pdf', 40],
  ] as const) {
    it(path, async () => {
      const bytes = new Uint8Array(await readFile(`test/fixtures/${path}`));
      await fc.assert(
        fc.asyncProperty(mutations(bytes.length), (m) =>
          readsCleanly(mutate(bytes, m), path.split('/')[1]!),
        ),
        runs(count),
      );
    });
  }
});
