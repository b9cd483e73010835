/**
 * Imports in the background, on each database: `POST /api/imports?async=1` answers 202 with a
 * job at once; the job goes forward through its stages to done with the projects it stored,
 * or to failed with the reader's bilingual error and nothing stored. Jobs are scoped like the
 * draft they create; a job cut off by a stopped server says so; closing the app lets the jobs
 * under way finish.
 */

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/server/app.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { insertImportJob } from '../../../src/store/repositories/import-job.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { type BuiltUser, buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { SEED_PATH } from '../../support/seed.js';
import { selfEvaluationApp, storedCounts } from '../self-evaluation/support.js';

interface Job {
  id: string;
  state: string;
  progress: number;
  fileName: string;
  imported:
    | { id: string; name: string; indicatorCount: number; summary: { error: number } }[]
    | null;
  error: { code: string; status: number; message: string; messageEn: string } | null;
}

const STAGES = ['queued', 'reading', 'reviewing', 'storing', 'done', 'failed'];

describeEachDatabase('imports in the background', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let filer: Client;
  let seed: Uint8Array;
  const as = (u: BuiltUser) => signIn(app, u.user.username, u.password);
  const projects = async () =>
    (await store.db.selectFrom('projects').select('id').execute()).length;

  /** Polls the job until it ends; returns every state seen on the way, and the last answer. */
  const follow = async (client: Client, id: string) => {
    const seen: Job[] = [];
    for (;;) {
      const r = await client.get(`/api/imports/jobs/${id}`);
      expect(r.statusCode, r.body).toBe(200);
      const job = r.json() as Job;
      seen.push(job);
      if (job.state === 'done' || job.state === 'failed') return { job, seen };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    store = await ctx.open();
    // Every file through the worker pool, as a big one would go.
    app = await buildApp({
      store,
      webRoot: null,
      login: { maxPerWindow: 100_000 },
      imports: { offThreadBytes: 0 },
    });
    tree = await buildTree(store);
    filer = await as(tree.filerA);
    seed = new Uint8Array(await readFile(SEED_PATH));
  });
  afterAll(() => app.close());

  it('answers 202 with a job, which goes on to store the table', async () => {
    const before = await projects();
    const r = await filer.upload('/api/imports?async=1', { name: '科普.txt', bytes: seed });
    expect(r.statusCode, r.body).toBe(202);
    const { job } = r.json() as { job: Job };
    expect(r.headers.location).toBe(`/api/imports/jobs/${job.id}`);
    expect(job).toMatchObject({ fileName: '科普.txt', imported: null, error: null });
    const { job: done, seen } = await follow(filer, job.id);
    expect(done.state, JSON.stringify(done.error)).toBe('done');
    expect(done.progress).toBe(1);
    // Forward only, in stage order.
    const order = seen.map((j) => STAGES.indexOf(j.state));
    expect(order).toEqual([...order].sort((x, y) => x - y));
    const progress = seen.map((j) => j.progress);
    expect(progress).toEqual([...progress].sort((x, y) => x - y));
    expect(done.imported).toHaveLength(1);
    const [imported] = done.imported!;
    expect(imported).toMatchObject({ name: '科学技术普及', indicatorCount: 164 });
    expect(imported!.summary.error).toBeGreaterThan(0);
    expect(await projects()).toBe(before + 1);
    const project = await filer.get(`/api/projects/${imported!.id}`);
    expect(project.json()).toMatchObject({ state: 'draft', indicatorCount: 164 });
    const audit = await store.db
      .selectFrom('audit_entries')
      .select(['action', 'actor_name'])
      .where('project_id', '=', imported!.id)
      .execute();
    expect(audit).toEqual([{ action: 'project.import', actor_name: tree.filerA.user.username }]);
  });

  it("fails with the reader's bilingual error, storing nothing", async () => {
    const before = await storedCounts(store);
    const count = await projects();
    const r = await filer.upload('/api/imports?async=1', {
      name: 'x.bin',
      bytes: new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
    });
    expect(r.statusCode).toBe(202);
    const { job } = await follow(filer, (r.json() as { job: Job }).job.id);
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'binary', status: 415 });
    expect(job.error!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(job.error!.messageEn).toMatch(/x\.bin/);
    expect(job.imported).toBeNull();
    expect(await projects()).toBe(count);
    expect(await storedCounts(store)).toEqual(before);
  });

  it('refuses a background dry run, and roles that never import, before reading', async () => {
    const both = await filer.upload('/api/imports?async=1&dryRun=1', {
      name: 's.txt',
      bytes: seed,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ error: { code: 'asyncDryRun' } });
    expect((both.json() as { error: { message: string } }).error.message).toMatch(/后台导入/);
    const reviewer = await as(tree.departmentReviewer);
    const refused = await reviewer.upload('/api/imports?async=1', { name: 's.txt', bytes: seed });
    expect(refused.statusCode).toBe(403);
  });

  describe('who follows a job', () => {
    it('is whoever sees a draft of its unit; anyone else gets 404', async () => {
      const r = await filer.upload('/api/imports?async=1', { name: 's.txt', bytes: seed });
      const { job } = await follow(filer, (r.json() as { job: Job }).job.id);
      const status = async (u: BuiltUser) =>
        (await (await as(u)).get(`/api/imports/jobs/${job.id}`)).statusCode;
      expect(await status(tree.financeReviewer)).toBe(200);
      expect(await status(tree.admin)).toBe(200);
      expect(await status(tree.filerB)).toBe(404);
      expect(await status(tree.departmentReviewer)).toBe(404);
      expect(await status(tree.evaluator)).toBe(404);
      const unknown = await filer.get('/api/imports/jobs/no-such-job');
      const hidden = await (await as(tree.filerB)).get(`/api/imports/jobs/${job.id}`);
      expect(unknown.statusCode).toBe(404);
      expect(hidden.body).toBe(unknown.body);
    });
  });

  it('shows a job cut off by a stopped server as failed, saying so', async () => {
    const long = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    await insertImportJob(store.db, {
      id: `stale-${ctx.kind}`,
      orgId: tree.unitA.id,
      createdBy: tree.filerA.user.id,
      createdByName: tree.filerA.user.username,
      fileName: '旧文件.xlsx',
      size: 1000,
      createdAt: long,
    });
    const job = (await filer.get(`/api/imports/jobs/stale-${ctx.kind}`)).json() as Job;
    expect(job).toMatchObject({ state: 'failed', error: { code: 'importInterrupted' } });
    expect(job.error!.message).toContain('旧文件.xlsx');
  });

  it('lets the jobs under way finish when the app closes', async () => {
    const own = await selfEvaluationApp(store);
    const client = await signIn(own.app, tree.filerA.user.username, tree.filerA.password);
    const r = await client.upload('/api/imports?async=1', { name: 's.txt', bytes: seed });
    expect(r.statusCode).toBe(202);
    const id = (r.json() as { job: Job }).job.id;
    await own.app.close();
    const row = await store.db
      .selectFrom('import_jobs')
      .select(['state', 'result_json'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.state).toBe('done');
    expect(JSON.parse(row.result_json!)).toHaveLength(1);
  });
});
