import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../../test/support/seed.js';
import { memoryIO } from '../cli-io.js';
import { main } from '../main.js';
import { scoreCommand } from './score.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-score-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SICHUAN = 'test/fixtures/self-evaluation/self-evaluation-sichuan.xlsx';

describe('jixiao score', () => {
  it('--json prints total, grade, budget, indicators, and the audit of a published 自评表', async () => {
    const io = memoryIO();
    expect(await main(['score', SICHUAN, '--profile', 'sichuan', '--json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as {
      total: number;
      grade: string;
      budget: { rate: number; weight: number; score: number };
      indicators: Array<{
        index: number;
        weight: number;
        score: number;
        rule: string;
        explain: { zh: string; en: string };
      }>;
      stated: { total: number; disagreements: Array<{ index: number | string }> };
    };
    expect([out.total, out.grade]).toEqual([93.92, 'excellent']);
    expect(out.budget).toMatchObject({ rate: 0.875, weight: 10, score: 8.75 });
    expect(out.indicators[4]).toMatchObject({ index: 4, weight: 10, score: 9, rule: 'negative' });
    expect(out.indicators[4]!.explain.zh).toContain('10 × (1 − (880 − 800) / 800)');
    expect(out.stated.total).toBe(95);
    expect(out.stated.disagreements.map((d) => d.index)).toEqual([4, 7, 'budget', 'total']);
  });

  it('prints a human summary with the disagreeing rows', async () => {
    const io = memoryIO();
    expect(await scoreCommand(SICHUAN, { profile: 'sichuan' }, io)).toBe(0);
    const text = io.out();
    expect(text).toContain('总分 93.92 / 100.00');
    expect(text).toContain('等级 优');
    expect(text).toContain('#5 人均服务成本：表中10.00，规则9.00（差1.00）');
    expect(text).toContain('预算执行率：表中9.00，规则8.75');
  });

  it('takes a profile from a JSON file that extends a built-in one', async () => {
    const io = memoryIO();
    const file = 'test/fixtures/self-evaluation/self-evaluation-hubei.csv';
    expect(
      await scoreCommand(
        file,
        { profile: 'profiles/scoring/grades-80-70-60.json', json: true },
        io,
      ),
    ).toBe(0);
    const out = JSON.parse(io.out()) as { profile: string; total: number; grade: string };
    // The form's own weights (80 over the indicators) earn 70; the national budget weight 10 ×
    // 95% = 9.5 is floored to 9: 79, which is 良 with the boundaries 80/70/60 (中 with 90/80/60).
    expect([out.profile, out.total, out.grade]).toEqual(['grades-80-70-60', 79, 'good']);
  });

  it('scores a table without actuals as unscorable rows, not a crash', async () => {
    const io = memoryIO();
    expect(await scoreCommand(SEED_PATH, { json: true }, io)).toBe(0);
    const out = JSON.parse(io.out()) as {
      complete: boolean;
      indicators: unknown[];
      findings: Array<{ rule: string }>;
    };
    expect(out.complete).toBe(false);
    expect(out.indicators).toHaveLength(164);
    expect(out.findings.some((f) => f.rule === 'actual-missing')).toBe(true);
  });

  it.each([
    ['an unknown profile', ['--profile', 'anhui'], '没有名为“anhui”的评分方案'],
    ['a profile file that is not JSON', ['--profile', 'bad.json'], '不是有效的 JSON'],
    ['a profile that breaks the rules', ['--profile', 'wrong.json'], 'grades.1'],
    ['a missing profile file', ['--profile', 'none.json'], 'ENOENT'],
  ])('refuses %s with exit 2 and a bilingual message', async (_what, args, words) => {
    writeFileSync(join(dir, 'bad.json'), '{ "extends": ');
    writeFileSync(
      join(dir, 'wrong.json'),
      JSON.stringify({
        extends: 'national',
        id: 'w',
        grades: [
          { grade: 'good', min: 1 },
          { grade: 'excellent', min: 2 },
        ],
      }),
    );
    const io = memoryIO();
    const resolved = args.map((a) => (a.endsWith('.json') ? join(dir, a) : a));
    expect(await main(['score', SICHUAN, ...resolved], io)).toBe(2);
    expect(io.err()).toContain(words);
    expect(io.out()).toBe('');
  });

  it('refuses an unreadable file with exit 2', async () => {
    const file = join(dir, 'garbage.bin');
    writeFileSync(file, new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 7]));
    const io = memoryIO();
    expect(await main(['score', file], io)).toBe(2);
    expect(io.err()).toContain('无法读取');
  });
});
