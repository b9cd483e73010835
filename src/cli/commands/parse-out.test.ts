import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_PATH } from '../../../test/support/seed.js';
import { readTargetFile } from '../../io/read.js';
import { memoryIO } from '../cli-io.js';
import { parseCommand } from './parse.js';

const dir = mkdtempSync(join(tmpdir(), 'jixiao-parse-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jixiao parse --out', () => {
  for (const ext of ['json', 'csv', 'xlsx'])
    it(`writes the tables as .${ext}, which parse reads again`, async () => {
      const io = memoryIO();
      const out = join(dir, `seed.${ext}`);
      expect(await parseCommand([SEED_PATH], { out }, io)).toBe(0);
      expect(io.out()).toContain(`已写入 ${out}`);
      const back = await readTargetFile(out);
      expect(back.ok && back.format).toBe(ext);
      expect(back.ok && back.tables[0]!.indicators).toHaveLength(164);
    });

  it('refuses an extension it cannot write, and a path it cannot write, in both languages', async () => {
    const io = memoryIO();
    expect(await parseCommand([SEED_PATH], { out: join(dir, 'seed.xls') }, io)).toBe(2);
    expect(io.err()).toMatch(/不支持的输出格式“\.xls”.*Unsupported output format/s);
    const io2 = memoryIO();
    const out = join(dir, 'none', 'seed.xlsx');
    expect(await parseCommand([SEED_PATH], { out }, io2)).toBe(2);
    expect(io2.err()).toMatch(/无法写入文件.*Could not write/s);
    expect(() => readFileSync(out)).toThrow();
  });
});
