/**
 * Big uploads are read and reviewed in worker threads, on each database: the server keeps
 * answering `/healthz` while a 20,000-indicator file is being read (read in place, the same
 * read answers nothing in between: it holds the thread), and a file read in a worker gives
 * exactly what it gives read in place — the same tables and findings, or the same refusal.
 */

import { readFile } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { SEED_PATH } from '../../support/seed.js';
import { storedCounts } from '../self-evaluation/support.js';
import { BIG_INDICATORS, bigTableText } from './big-table.js';

/** What a request and the server's log said, in the order it happened. */
type Event = 'read' | 'reviewed' | 'healthz';

describeEachDatabase('imports read off the main thread', (ctx) => {
  let store: Store;
  let tree: Tree;
  const apps: ZodApp[] = [];
  const events: Event[] = [];
  /** An app whose log lines of reading are recorded as events. */
  const appWith = async (offThreadBytes: number) => {
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        const line = chunk.toString('utf8');
        if (line.includes('"msg":"import.read"')) events.push('read');
        if (line.includes('"msg":"import.reviewed"')) events.push('reviewed');
        done();
      },
    });
    const app = await buildApp({
      store,
      webRoot: null,
      login: { maxPerWindow: 100_000 },
      logger: { level: 'info', stream: log },
      imports: { offThreadBytes },
    });
    apps.push(app);
    return app;
  };
  const filerOf = (app: ZodApp): Promise<Client> =>
    signIn(app, tree.filerA.user.username, tree.filerA.password);

  beforeAll(async () => {
    store = await ctx.open();
    tree = await buildTree(store);
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('keeps answering /healthz while a big file is read and reviewed', async () => {
    const app = await appWith(32 * 1024);
    const filer = await filerOf(app);
    events.length = 0;
    let settled = false;
    const importing = filer
      .upload('/api/imports', { name: 'big.txt', bytes: bigTableText() })
      .finally(() => {
        settled = true;
      });
    while (!events.includes('read') && !settled) await new Promise((r) => setImmediate(r));
    expect(events).toContain('read');
    // Ask again and again until the read is over; each answer lands in the log of events.
    while (!events.includes('reviewed') && !settled) {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      events.push('healthz');
      await new Promise((r) => setTimeout(r, 10));
    }
    const answered = events
      .slice(events.indexOf('read'), events.indexOf('reviewed'))
      .filter((e) => e === 'healthz').length;
    expect(answered).toBeGreaterThan(0);
    const r = await importing;
    expect(r.statusCode, r.body.slice(0, 300)).toBe(201);
    expect((r.json() as { project: { indicatorCount: number } }).project.indicatorCount).toBe(
      BIG_INDICATORS,
    );
  }, 180_000);

  it('reads a file in a worker exactly as in place: tables, findings and refusals', async () => {
    const worker = await filerOf(await appWith(0));
    const inPlace = await filerOf(await appWith(Number.MAX_SAFE_INTEGER));
    const seed = { name: 'seed.txt', bytes: new Uint8Array(await readFile(SEED_PATH)) };
    const a = await worker.upload('/api/imports?dryRun=1', seed);
    const b = await inPlace.upload('/api/imports?dryRun=1', seed);
    expect(a.statusCode, a.body.slice(0, 300)).toBe(200);
    const tables = (r: typeof a) =>
      (r.json() as { tables: { table: { indicators: unknown[] } }[] }).tables;
    expect(tables(a)[0]!.table.indicators).toHaveLength(164);
    expect(a.json()).toEqual(b.json());

    const before = await storedCounts(store);
    const empty = { name: 'empty.txt', bytes: new Uint8Array() };
    const refusedA = await worker.upload('/api/imports', empty);
    const refusedB = await inPlace.upload('/api/imports', empty);
    expect(refusedA.statusCode).toBe(400);
    expect(refusedA.json()).toMatchObject({ error: { code: 'empty' } });
    expect(refusedA.body).toBe(refusedB.body);
    const binary = { name: 'x.bin', bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]) };
    const binA = await worker.upload('/api/imports', binary);
    expect([binA.statusCode, binA.body]).toEqual([
      (await inPlace.upload('/api/imports', binary)).statusCode,
      (await inPlace.upload('/api/imports', binary)).body,
    ]);
    expect(binA.statusCode).toBe(415);
    expect(await storedCounts(store)).toEqual(before);
  }, 120_000);
});
