/** Where the package's own files are, whether running from src/ (tsx) or dist/ (installed). */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding jixiao's package.json. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
      if (name === 'jixiao') return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('jixiao: package.json not found above the server module');
    dir = parent;
  }
}

/** The built web app (dist/web), served at / when it exists. */
export function defaultWebRoot(): string {
  return join(packageRoot(), 'dist', 'web');
}
