import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../../test/support/seed.js';
import { memoryIO } from '../cli-io.js';
import { main } from '../main.js';
import { lintCommand } from './lint.js';

let dir: string;
const path = (name: string) => join(dir, name);

/** A small table that passes review: every required category, sound values, a cost. */
const CLEAN = [
  '项目绩效目标表',
  '(2019年)',
  '实施单位：示例单位\t\t主管单位：示例主管部门',
  '项目名称\t社区科普讲座',
  '计划开始日期\t2019-01-01\t\t计划完成日期\t2019-12-31',
  '项目总金额\t200000.00\t\t本年度项目金额\t200000.00',
  '财政拨款资金\t200000.00\t\t其他资金\t0.00',
  '年度绩效目标\t举办社区科普讲座，提高居民科学素质。',
  '一级指标\t二级指标\t三级指标\t指标值\t目标值来源',
  '产出目标\t数量\t举办科普讲座场次\t12场\t年度工作计划',
  '产出目标\t质量\t讲座内容审核通过率\t100%\t年度工作计划',
  '产出目标\t时效\t讲座全部完成时间\t2019年11月30日前\t年度工作计划',
  '产出目标\t成本\t单场讲座成本\t≤1.5万元\t历史标准',
  '效果目标\t社会效益\t受益居民人数\t≥1200人\t历史标准',
  '效果目标\t满意度\t听讲居民满意度\t≥90%\t满意度调查',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jixiao-lint-'));
  await writeFile(path('clean.txt'), CLEAN);
  await writeFile(path('garbage.bin'), new Uint8Array([0, 1, 2, 3, 255, 254, 0, 9]));
  await writeFile(
    path('last-year.txt'),
    [
      '项目支出绩效自评表',
      '(2018年)',
      '项目名称\t社区科普讲座',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值',
      '产出目标\t数量\t举办科普讲座场次\t10场\t15场',
      '效果目标\t满意度\t听讲居民满意度\t≥90%\t93%',
    ].join('\n'),
  );
  await writeFile(path('bad-profile.json'), '{"format":"jixiao.review-profile/1","id":"x",');
  await writeFile(
    path('quiet.json'),
    JSON.stringify({
      format: 'jixiao.review-profile/1',
      id: 'quiet',
      name: { zh: '只看错误', en: 'Errors only' },
      rules: { 'indicator-count': { enabled: false }, 'missing-cost': { severity: 'info' } },
    }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('jixiao lint', () => {
  it('groups the seed findings by indicator with lines, and exits 1 on errors', async () => {
    const io = memoryIO();
    const code = await main(['lint', SEED_PATH], io);
    expect(code).toBe(1);
    const out = io.out();
    expect(out).toContain('整表');
    expect(out).toMatch(
      /第154行 {2}科普活动运行后勤管理正常运行率 · 1起\n {4}错误 {2}“科普活动运行后勤管理正常运行率”是比率/,
    );
    expect(out).toContain('[rate-with-count-unit]');
    expect(out).toContain('"科普活动运行后勤管理正常运行率" is a rate');
    expect(out).toContain('建议：以百分比填写指标值');
    expect(out).toContain('（第63行、第67行）');
    // No colour codes when stdout is not a terminal.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes.
    expect(out).not.toMatch(/\u001b\[/);
  });

  it('colours severities on a terminal', async () => {
    const io = memoryIO(true);
    await lintCommand([SEED_PATH], {}, io);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape codes.
    expect(io.out()).toMatch(/\u001b\[31m错误/);
  });

  it('prints the findings contract with --json, one object per file when several', async () => {
    const one = memoryIO();
    await lintCommand([SEED_PATH], { json: true }, one);
    const report = JSON.parse(one.out());
    expect(report.file).toBe('000_a481ffc6149ba1d5.txt');
    expect(report.summary.error).toBeGreaterThan(0);
    expect(report.findings[0]).toHaveProperty('rule');
    const finding = report.findings.find((f: { rule: string }) => f.rule === 'not-satisfaction');
    expect(finding).toMatchObject({
      category: 'misplaced',
      criterion: 'relevance',
      severity: 'error',
      indicators: [159],
      at: [{ line: 190 }],
    });
    const two = memoryIO();
    await lintCommand([SEED_PATH, path('clean.txt')], { json: true }, two);
    const reports = JSON.parse(two.out());
    expect(reports.map((r: { file: string }) => r.file)).toEqual([
      '000_a481ffc6149ba1d5.txt',
      'clean.txt',
    ]);
  });

  it('exits 0 on a clean table and honours --max-warnings', async () => {
    const io = memoryIO();
    expect(await lintCommand([path('clean.txt')], {}, io)).toBe(0);
    expect(io.out()).toContain('0 个错误，0 个警告');
    // Two warnings, no error: a number without a unit and 及时 without a deadline.
    const warned = path('warned.txt');
    await writeFile(
      warned,
      `${CLEAN}\n产出目标\t数量\t举办科普讲座期数\t12\t年度工作计划\n产出目标\t时效\t讲稿印发及时性\t及时\t年度工作计划`,
    );
    const report = memoryIO();
    expect(await lintCommand([warned], { json: true }, report)).toBe(0);
    expect(JSON.parse(report.out()).summary).toEqual({ error: 0, warning: 2, info: 0 });
    const strict = memoryIO();
    expect(await lintCommand([warned], { maxWarnings: '1' }, strict)).toBe(1);
    expect(strict.err()).toContain('警告 2 个，超过上限 1 个');
    expect(await lintCommand([warned], { maxWarnings: 2 }, memoryIO())).toBe(0);
  });

  it('exits 2 when a file cannot be read, and still reviews the others', async () => {
    const io = memoryIO();
    expect(await lintCommand([path('garbage.bin'), path('clean.txt')], {}, io)).toBe(2);
    expect(io.err()).toContain('garbage.bin');
    expect(io.out()).toContain('clean.txt');
    expect(await lintCommand([path('missing.txt')], {}, memoryIO())).toBe(2);
  });

  it('loads a profile, and refuses a broken one in both languages', async () => {
    const quiet = memoryIO();
    await lintCommand([SEED_PATH], { profile: path('quiet.json'), json: true }, quiet);
    const rules = JSON.parse(quiet.out()).findings.map(
      (f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`,
    );
    expect(rules).toContain('missing-cost:info');
    expect(rules.some((r: string) => r.startsWith('indicator-count'))).toBe(false);

    const broken = memoryIO();
    expect(await lintCommand([SEED_PATH], { profile: path('bad-profile.json') }, broken)).toBe(2);
    expect(broken.err()).toContain('不是有效的 JSON');
    expect(broken.err()).toContain('is not valid JSON');
    expect(broken.err()).not.toMatch(/at .+\.ts:\d+/);
    const absent = memoryIO();
    expect(await lintCommand([SEED_PATH], { profile: path('nope.json') }, absent)).toBe(2);
    expect(absent.err()).toContain('ENOENT');
    const bad = memoryIO();
    expect(await lintCommand([SEED_PATH], { maxWarnings: 'many' }, bad)).toBe(2);
    expect(bad.err()).toContain('--max-warnings');
  });

  it('writes the 审核意见表 with --out, and refuses another format', async () => {
    const io = memoryIO();
    const out = path('review.xlsx');
    expect(await main(['lint', SEED_PATH, '--out', out], io)).toBe(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)).buffer as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['审核意见表', '审核汇总']);
    expect(io.err()).toContain('已写入审核意见表');
    expect(await lintCommand([SEED_PATH], { out: path('review.csv') }, memoryIO())).toBe(2);
  });

  it('compares targets with last year’s actuals given --previous', async () => {
    const io = memoryIO();
    const code = await lintCommand(
      [path('clean.txt')],
      { previous: path('last-year.txt'), maxWarnings: 0, json: true },
      io,
    );
    const report = JSON.parse(io.out()) as { findings: { rule: string; message: string }[] };
    const history = report.findings.filter((f) => f.rule === 'target-below-last-actual');
    expect(history.map((f) => f.message)).toEqual([
      '“举办科普讲座场次”的目标值“12场”低于上年（2018年）实际完成的15场',
    ]);
    expect(code).toBe(1);
    const without = memoryIO();
    expect(await lintCommand([path('clean.txt')], { maxWarnings: 0 }, without)).toBe(0);
    const missing = memoryIO();
    expect(await lintCommand([path('clean.txt')], { previous: path('nope.txt') }, missing)).toBe(2);
    expect(missing.err()).toContain('nope.txt');
  });
});
