import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../../test/support/seed.js';
import { readTargetFile } from '../../io/read.js';
import { memoryIO } from '../cli-io.js';
import { convertCommand } from './convert.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao convert', () => {
  for (const ext of ['xlsx', 'csv', 'json'] as const)
    it(`maps the seed onto cn-2021 and writes .${ext} that reads back with every indicator`, async () => {
      const io = memoryIO();
      const out = join(dir, `seed-2021.${ext}`);
      expect(await convertCommand(SEED_PATH, { to: 'cn-2021', out }, io)).toBe(0);
      expect(io.out()).toContain(out);
      expect(io.err()).toContain('成本指标');
      expect(io.err()).toContain('164');
      const result = await readTargetFile(out);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const table = result.tables[0]!;
      expect(table.framework).toBe('cn-2021');
      expect(table.indicators).toHaveLength(164);
      const satisfaction = table.indicators.filter((i) => i.level2 === 'satisfaction');
      expect(satisfaction).toHaveLength(25);
      for (const i of satisfaction)
        expect(i).toMatchObject({ level1Label: '满意度指标', level2Label: '服务对象满意度指标' });
      expect(table.indicators.filter((i) => i.level1Label === '效益指标')).toHaveLength(15);
      expect(table.project.amount.total).toBe('27890645.00');
    });

  it('prints the converted JSON without --out', async () => {
    const io = memoryIO();
    expect(await convertCommand(SEED_PATH, { to: 'cn-2021' }, io)).toBe(0);
    const data = JSON.parse(io.out()) as { framework: string; indicators: unknown[] };
    expect(data.framework).toBe('cn-2021');
    expect(data.indicators).toHaveLength(164);
  });

  it('refuses an unknown framework, an unknown extension and an unreadable file in both languages', async () => {
    const io = memoryIO();
    expect(await convertCommand(SEED_PATH, { to: 'cn-2030' }, io)).toBe(2);
    expect(io.err()).toMatch(/未知的指标体系“cn-2030”.*Unknown framework/s);
    const io2 = memoryIO();
    expect(await convertCommand(SEED_PATH, { to: 'cn-2021', out: join(dir, 'x.pdf') }, io2)).toBe(
      2,
    );
    expect(io2.err()).toContain('.pdf');
    const io3 = memoryIO();
    expect(await convertCommand(join(dir, 'missing.txt'), { to: 'cn-2021' }, io3)).toBe(2);
    expect(io3.err()).toContain('missing.txt');
  });

  it('reports a path it cannot write instead of throwing', async () => {
    const io = memoryIO();
    const out = join(dir, 'no-such-folder', 't.xlsx');
    expect(await convertCommand(SEED_PATH, { to: 'cn-2021', out }, io)).toBe(2);
    expect(io.err()).toMatch(/无法写入文件.*Could not write/s);
    expect(() => readFileSync(out)).toThrow();
  });
});
