/**
 * `jixiao serve --demo` ships the real seed and loads it with demo accounts that can sign in;
 * the OpenAPI document covers every route and docs/openapi.json is what the code generates.
 */

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OPENAPI_DOC, openApiText } from '../../scripts/docs/openapi.js';
import { review } from '../../src/core/review/index.js';
import { buildApp } from '../../src/server/app.js';
import { CORRECTION_ERROR_STATUS } from '../../src/server/commands/actual-correction.command.js';
import { ASSIGNMENT_ERROR_STATUS } from '../../src/server/commands/assignment.command.js';
import { RECORDS_ERROR_STATUS } from '../../src/server/commands/self-evaluation-errors.js';
import { loadDemo } from '../../src/server/demo/demo.js';
import { DEMO_SEED_TEXT } from '../../src/server/demo/seed-table.js';
import { ERROR_STATUS } from '../../src/server/errors.js';
import { IMPORT_JOB_ERROR_STATUS } from '../../src/server/imports/import-jobs.js';
import { listRoutes } from '../../src/server/route-registry.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { anonymous, signIn } from '../support/http.js';
import { SEED_PATH } from '../support/seed.js';

it('ships a byte-for-byte copy of the seed for the demo', async () => {
  expect(DEMO_SEED_TEXT).toBe(await readFile(SEED_PATH, 'utf8'));
});

it('keeps docs/openapi.json in step with the route schemas (npm run docs regenerates it)', async () => {
  expect(await readFile(OPENAPI_DOC, 'utf8')).toBe(await openApiText());
});

it('documents every error code with its status in docs/operations.md', async () => {
  const doc = await readFile('docs/operations.md', 'utf8');
  const documented = Object.fromEntries(
    [...doc.matchAll(/^\| `(\w+)` \| (\d{3}) \|/gm)].map((m) => [m[1], Number(m[2])]),
  );
  expect(documented).toEqual({
    ...ERROR_STATUS,
    ...RECORDS_ERROR_STATUS,
    ...CORRECTION_ERROR_STATUS,
    ...ASSIGNMENT_ERROR_STATUS,
    ...IMPORT_JOB_ERROR_STATUS,
  });
});

describeEachDatabase('demo and OpenAPI', (ctx) => {
  let store: Store;
  let app: ZodApp;
  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null });
  });
  afterAll(() => app.close());

  it('loads the demo once, and refreshes the demo passwords when loaded again', async () => {
    const first = await loadDemo(store, {}, (t) => review(t));
    expect(first.project).toMatchObject({
      name: '科学技术普及',
      year: 2019,
      indicatorCount: 164,
      state: 'draft',
    });
    const again = await loadDemo(store, {}, (t) => review(t));
    expect(again.project.id).toBe(first.project.id);
    const unit = again.accounts.find((a) => a.username === 'demo-unit')!;
    const client = await signIn(app, unit.username, unit.password);
    const table = await client.get(`/api/projects/${first.project.id}/table`);
    expect((table.json() as { indicators: unknown[] }).indicators).toHaveLength(164);
    const old = first.accounts.find((a) => a.username === 'demo-unit')!;
    const stale = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username: old.username, password: old.password },
    });
    expect(stale.statusCode).toBe(401);
  });

  it('describes every API route in /api/openapi.json', async () => {
    const doc = (await anonymous(app).get('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    for (const route of listRoutes(app)) {
      if (route.url === '/api/openapi.json') continue;
      const path = route.url.replace(/:(\w+)/g, '{$1}');
      expect(
        doc.paths[path]?.[route.method.toLowerCase()],
        `${route.method} ${route.url}`,
      ).toBeDefined();
    }
  });
});
