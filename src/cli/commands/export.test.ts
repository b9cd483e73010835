import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { withActuals } from '../../../test/support/actuals.js';
import { readSeed, SEED_PATH } from '../../../test/support/seed.js';
import { scoreTable } from '../../core/scoring/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { writeJson } from '../../io/json/write-json.js';
import { memoryIO } from '../cli-io.js';
import { main } from '../main.js';
import { exportCommand } from './export.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The seed with generated year-end actuals, saved as interchange JSON. */
async function seedWithActuals(): Promise<{ path: string; table: TargetTable }> {
  const table = withActuals(await readSeed());
  const path = join(dir, 'seed-actuals.json');
  writeFileSync(path, writeJson([table]));
  return { path, table };
}

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets[0]!;
}

describe('jixiao export', () => {
  it('writes the 申报表 of the seed as a workbook and as HTML', async () => {
    const io = memoryIO();
    const xlsx = join(dir, 'target.xlsx');
    expect(await main(['export', SEED_PATH, '--form', 'target', '--out', xlsx], io)).toBe(0);
    expect((await sheetOf(xlsx)).getCell('A1').value).toBe('项目绩效目标表');
    const html = join(dir, 'target.html');
    expect(await exportCommand(SEED_PATH, { form: 'target', html: true, out: html }, io)).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*项目绩效目标表/);
  });

  it('scores a table into a 自评表 that jixiao parse reads back with the same numbers', async () => {
    const { path, table } = await seedWithActuals();
    const report = scoreTable(table);
    const out = join(dir, '自评表.xlsx');
    const io = memoryIO();
    expect(await main(['export', path, '--form', 'self-evaluation', '--out', out], io)).toBe(0);
    expect(io.err()).toContain(`总分 ${report.total}（${report.gradeLabel.zh}）`);

    const parsed = memoryIO();
    expect(await main(['parse', out, '--json'], parsed)).toBe(0);
    const back = JSON.parse(parsed.out()) as TargetTable;
    expect(back.indicators.map((i) => [i.actual?.raw, i.weight, i.score])).toEqual(
      report.indicators.map((s, k) => [table.indicators[k]!.actual?.raw, s.weight, s.score]),
    );
    expect(back.execution).toEqual(table.execution);
    expect(back.stated?.total).toBe(report.total);
  });

  it('uses another scoring profile when asked', async () => {
    const { path } = await seedWithActuals();
    const io = memoryIO();
    const out = join(dir, 'sichuan.html');
    const args = ['export', path, '--form', 'self-evaluation', '--profile', 'sichuan', '--html'];
    expect(await main([...args, '--out', out], io)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('项目支出绩效自评表');
  });

  it('builds the 监控表 from the table’s current values, or from a monitoring input file', async () => {
    const { path } = await seedWithActuals();
    const io = memoryIO();
    const fromTable = join(dir, 'monitoring.xlsx');
    expect(await main(['export', path, '--form', 'monitoring', '--out', fromTable], io)).toBe(0);
    const sheet = await sheetOf(fromTable);
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标执行监控表');

    const input = join(dir, 'input.json');
    writeFileSync(
      input,
      JSON.stringify({
        month: 6,
        execution: { budget: '27890645.00', spent: '10000000.00' },
        entries: [
          {
            index: 0,
            current: '3场',
            expected: '5场',
            deviation: { category: '经费保障', text: '经费未到位' },
            likelihood: '有可能',
          },
        ],
      }),
    );
    const out = join(dir, 'monitoring.html');
    const args = ['export', SEED_PATH, '--form', 'monitoring', '--input', input, '--out', out];
    expect(await main(args, memoryIO())).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('1–6月执行情况');
    expect(html).toContain('经费未到位');
  });

  it('says in both languages what is wrong, and writes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--form', 'budget', '--out', join(dir, 'a.xlsx')],
        /不支持的表单“budget”.*Unsupported form/s,
      ],
      [['--form', 'target', '--html', '--out', join(dir, 'a.xlsx')], /HTML 视图.*Write the HTML/s],
      [['--form', 'target', '--out', join(dir, 'a.pdf')], /扩展名应为.*should end in/s],
      [
        ['--form', 'monitoring', '--month', '13', '--out', join(dir, 'a.xlsx')],
        /监控月份“13”无效.*Invalid checkpoint month/s,
      ],
      [
        ['--form', 'self-evaluation', '--profile', 'mars', '--out', join(dir, 'a.xlsx')],
        /未知的评分方案“mars”.*Unknown scoring profile/s,
      ],
      [
        ['--form', 'monitoring', '--input', join(dir, 'none.json'), '--out', join(dir, 'a.xlsx')],
        /无法读取监控数据文件“none.json”.*ENOENT/s,
      ],
      [
        ['--form', 'target', '--out', join(dir, 'missing', 'a.xlsx')],
        /无法写入文件.*Could not write/s,
      ],
    ];
    for (const [args, message] of cases) {
      const io = memoryIO();
      expect(await main(['export', SEED_PATH, ...args], io)).toBe(2);
      expect(io.err()).toMatch(message);
      expect(io.err()).not.toMatch(/\n\s+at /);
    }
    expect(() => readFileSync(join(dir, 'a.xlsx'))).toThrow();
  });

  it('reports an unreadable table file and invalid monitoring input', async () => {
    const io = memoryIO();
    expect(
      await exportCommand(join(dir, 'nope.txt'), { form: 'target', out: join(dir, 'b.xlsx') }, io),
    ).toBe(2);
    expect(io.err()).toContain('nope.txt');
    const input = join(dir, 'bad-input.json');
    writeFileSync(
      input,
      JSON.stringify({ month: 7, entries: [{ index: 0, likelihood: 'maybe' }] }),
    );
    const io2 = memoryIO();
    const options = { form: 'monitoring', input, out: join(dir, 'b.xlsx') };
    expect(await exportCommand(SEED_PATH, options, io2)).toBe(2);
    expect(io2.err()).toContain('likelihood');
  });
});
