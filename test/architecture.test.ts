/**
 * The layers of DESIGN.md, enforced: imports go only downward, and core/ stays pure so it can
 * run in the browser. Test files beside the code obey the rules of their layer too.
 */

import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

type Layer = 'core' | 'io' | 'store' | 'server' | 'cli' | 'web';

/** What each layer may import from the project. */
const ALLOWED: Readonly<Record<Layer, readonly Layer[]>> = {
  core: ['core'],
  io: ['core', 'io'],
  store: ['core', 'io', 'store'],
  server: ['core', 'io', 'store', 'server'],
  cli: ['core', 'io', 'store', 'server', 'cli'],
  web: ['core', 'web'],
};

/** Packages core may use: pure JavaScript that runs anywhere. */
const CORE_PACKAGES = new Set(['zod']);
/** What a test beside the code may use on top of its layer's own imports. */
const TEST_PACKAGES = new Set(['vitest', 'fast-check']);
const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);

const SRC = resolve('src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const layerOf = (path: string, root = SRC): Layer | null => {
  const top = relative(root, path).split(/[\\/]/)[0];
  return top && top in ALLOWED ? (top as Layer) : null;
};

/** Every module specifier a file imports, statically or dynamically (comments and strings ignored). */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

function violations(root = SRC): string[] {
  const out: string[] = [];
  for (const file of files(root)) {
    const layer = layerOf(file, root);
    // Build configuration runs in Node, not in its layer (vite.config.ts of the web app).
    if (layer === null || /\.config\.ts$/.test(file)) continue;
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const where = `${relative('.', file)} → ${spec}`;
      if (spec.startsWith('.')) {
        const path = resolve(dirname(file), spec);
        const target = layerOf(path, root);
        const intoTestSupport = isTest(file) && relative('test', path).split(/[\\/]/)[0] !== '..';
        if (target === null && !intoTestSupport) out.push(`${where} (leaves src/)`);
        else if (target === null) continue;
        else if (!ALLOWED[layer].includes(target))
          out.push(`${where} (${layer} may not import ${target})`);
      } else if (layer === 'core') {
        const pkg = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : spec.split('/')[0]!;
        const allowed = CORE_PACKAGES.has(pkg) || (isTest(file) && TEST_PACKAGES.has(pkg));
        if (!allowed) out.push(`${where} (core/ must stay pure: no ${spec})`);
      } else if (
        layer === 'web' &&
        (spec.startsWith('node:') || ['fs', 'path', 'os'].includes(spec))
      ) {
        out.push(`${where} (the browser has no ${spec})`);
      }
    }
  }
  return out;
}

describe('architecture', () => {
  it('imports only go down the layers, and core/ imports no I/O', () => {
    expect(violations()).toEqual([]);
  });

  it('catches a wrong-way import and an impure core (the checker itself works)', () => {
    const root = mkdtempSync(join(tmpdir(), 'jixiao-arch-'));
    try {
      mkdirSync(join(root, 'core'));
      mkdirSync(join(root, 'io'));
      writeFileSync(join(root, 'io', 'read.ts'), 'export const x = 1;\n');
      writeFileSync(
        join(root, 'core', 'bad.ts'),
        "import { x } from '../io/read.js';\nconst fs = await import('node:fs');\n",
      );
      writeFileSync(join(root, 'io', 'fine.ts'), "import { y } from '../core/bad.js';\n");
      expect(violations(root)).toEqual([
        expect.stringContaining('core may not import io'),
        expect.stringContaining('core/ must stay pure: no node:fs'),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
