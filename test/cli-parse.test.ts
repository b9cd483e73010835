import { describe, expect, it } from 'vitest';
import { memoryIO } from '../src/cli/cli-io.js';
import { parseCommand } from '../src/cli/commands/parse.js';
import { readTargetTables } from '../src/io/read.js';
import { SEED_PATH } from './support/seed.js';

describe('jixiao parse', () => {
  it('prints a summary with the counts per category of the form', async () => {
    const io = memoryIO();
    expect(await parseCommand([SEED_PATH], {}, io)).toBe(0);
    expect(io.out()).toContain('科学技术普及 · 2019');
    expect(io.out()).toContain('产出目标  数量 47  质量 39  时效 38');
    expect(io.out()).toContain('效果目标  经济效益 2  社会效益 13  满意度 25');
  });

  it('prints several tables as a JSON array that reads back as the same tables', async () => {
    const io = memoryIO();
    expect(await parseCommand([SEED_PATH, SEED_PATH], { json: true }, io)).toBe(0);
    const back = await readTargetTables(new TextEncoder().encode(io.out()), { file: 'out.json' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.format).toBe('json');
    expect(back.tables).toHaveLength(2);
    expect(back.tables[1]!.indicators).toHaveLength(164);
  });

  it('names the file and the problem when a file cannot be read, and exits 2', async () => {
    const io = memoryIO();
    expect(await parseCommand(['test/fixtures/does-not-exist.txt', SEED_PATH], {}, io)).toBe(2);
    expect(io.err()).toContain('does-not-exist.txt');
    expect(io.err()).not.toMatch(/\n\s+at /); // no stack trace
    expect(io.out()).toContain('科学技术普及'); // the readable file is still read
  });
});
