/**
 * The web app is served from its build folder with a single-page fallback, the API keeps its
 * JSON 404, and /healthz answers 200 only while the database does.
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import { describeEachDatabase } from '../support/db.js';

describeEachDatabase('web app and health', (ctx) => {
  let root: string;
  let app: ZodApp;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'jixiao-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(
      join(root, 'index.html'),
      '<!doctype html><title>绩效</title><div id="root"></div>',
    );
    await writeFile(join(root, 'assets', 'app-1234.js'), 'console.log("app")');
    app = await buildApp({ store: await ctx.open(), webRoot: root });
  });
  afterAll(async () => {
    await app.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html at / and for deep links, assets as files kept for good, and JSON 404s under /api', async () => {
    for (const url of ['/', '/projects/some-id/table', '/public']) {
      const page = await app.inject({ url, headers: { accept: 'text/html' } });
      expect([url, page.statusCode]).toEqual([url, 200]);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      expect(page.body).toContain('<div id="root">');
      // The page names the current assets, so it is asked for again on every visit…
      expect(page.headers['cache-control']).toBe('no-cache');
    }
    const asset = await app.inject({ url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    // …and an asset, named by its content, is kept without asking.
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const api = await app.inject({ url: '/api/no-such-route' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({
      error: { code: 'notFound', messageEn: 'The requested route was not found.' },
    });
  });

  it('sends a strict content policy that still works over plain HTTP on a LAN address', async () => {
    const page = await app.inject({
      url: '/',
      headers: { accept: 'text/html', host: '192.168.1.20:3000' },
    });
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers /healthz with 200 while the database answers, and 503 once it does not', async () => {
    const store = await ctx.open();
    const own = await buildApp({ store, webRoot: null });
    try {
      expect((await own.inject({ url: '/healthz' })).json()).toEqual({
        status: 'ok',
        database: ctx.kind,
      });
      await store.close();
      const down = await own.inject({ url: '/healthz' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ error: { code: 'databaseUnavailable' } });
    } finally {
      await own.close();
    }
  });
});
