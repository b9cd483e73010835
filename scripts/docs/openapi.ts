/**
 * Generates docs/openapi.json from the route schemas — the same document the server serves at
 * /api/openapi.json — so the published API description cannot drift from the code. A test
 * fails when the file is out of date.
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/store.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the generated file goes, relative to the repository. */
export const OPENAPI_DOC = 'docs/openapi.json';

/** The OpenAPI document as text, built from an app on a throwaway in-memory database. */
export async function openApiText(): Promise<string> {
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  const app = await buildApp({ store, webRoot: null });
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
    await store.close();
  }
}

/** Writes docs/openapi.json. */
export async function generate(): Promise<readonly string[]> {
  const path = join(root, OPENAPI_DOC);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await openApiText());
  return [OPENAPI_DOC];
}
