/**
 * `npm run docs`: regenerates every generated document. Each `scripts/docs/<name>.ts` (other
 * than this file) exports `generate(): Promise<readonly string[]>`, writes its files under
 * `docs/` and returns their paths. Name some generators to run only those: `npm run docs -- rules`.
 */

import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Generator = { generate?: () => Promise<readonly string[]> };

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const scripts = (await readdir(here))
  .filter((f) => f.endsWith('.ts') && f !== 'main.ts' && !f.endsWith('.test.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

let failed = false;
for (const script of scripts) {
  const mod = (await import(join(here, script))) as Generator;
  if (typeof mod.generate !== 'function') {
    console.error(`${script}: exports no generate(); skipped`);
    failed = true;
    continue;
  }
  const written = await mod.generate();
  console.log(`${script}: ${written.length} file(s)`);
  for (const path of written) console.log(`  ${path}`);
}
if (failed) process.exitCode = 1;
