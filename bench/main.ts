/**
 * `npm run bench`: runs every `bench/*.bench.ts` (or those named on the command line), prints
 * the figures and writes them to bench/results.json.
 */

import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Figures, machine } from './support.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

const results: Figures = {};
console.log(JSON.stringify({ machine: machine() }));
for (const file of files) {
  const mod = (await import(join(here, file))) as { bench: () => Promise<Figures> };
  const started = performance.now();
  const figures = await mod.bench();
  for (const [name, figure] of Object.entries(figures)) {
    results[name] = figure;
    const ratio =
      figure.ratio === undefined ? '' : `  ratio ${figure.ratio} (vs ${figure.baseline})`;
    console.log(`${name.padEnd(44)} ${String(figure.value).padStart(12)} ${figure.unit}${ratio}`);
  }
  console.log(`  (${file}: ${Math.round((performance.now() - started) / 1000)} s)`);
}
await writeFile(
  join(here, 'results.json'),
  `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`,
);
