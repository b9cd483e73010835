/**
 * The reads of the year's records make the same few queries however many updates, evidence
 * files and surveys a project has (DESIGN, "Lessons": an N+1 must not creep in). Queries are
 * counted by Kysely's log hook.
 */

import type { LogEvent } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { Store } from '../../../src/store/store.js';
import { withActuals } from '../../support/actuals.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp } from './support.js';

describeEachDatabase('queries per request of the year’s records', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let queries = 0;
  const count = (event: LogEvent) => {
    if (event.level === 'query') queries += 1;
  };
  beforeAll(async () => {
    store = await ctx.open({ log: count });
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
  });
  afterAll(() => app.close());

  const measure = async (client: Client, url: string): Promise<number> => {
    queries = 0;
    const response = await client.get(url);
    expect(response.statusCode, response.body).toBe(200);
    return queries;
  };

  it('stays the same for actuals, score, evidence and surveys as records pile up', async () => {
    const seed = await readSeed();
    const project = await projectIn(store, tree.unitA, seed);
    const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    const reviewer = await signIn(
      app,
      tree.departmentReviewer.user.username,
      tree.departmentReviewer.password,
    );
    const urls = ['/actuals', '/score', '/evidence', '/surveys', '/actuals/table'].map(
      (rest) => `/api/projects/${project.id}${rest}`,
    );
    const few: number[] = [];
    for (const url of urls) few.push(await measure(reviewer, url));

    const year = withActuals(seed);
    // Three rounds of updates of every indicator, evidence on twenty, and three surveys.
    for (let round = 0; round < 3; round += 1) {
      const r = await filer.put(`/api/projects/${project.id}/actuals`, {
        entries: year.indicators.map((_i, index) => ({
          index,
          deviationReason: `第${round + 1}轮说明`,
        })),
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    for (let index = 0; index < 20; index += 1) {
      const r = await filer.upload(`/api/projects/${project.id}/indicators/${index}/evidence`, {
        name: `佐证${index}.txt`,
        bytes: `第${index}条指标的佐证\n`,
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    for (let k = 0; k < 3; k += 1) {
      const r = await filer.post(`/api/projects/${project.id}/surveys`, { index: 140 + k });
      expect(r.statusCode, r.body).toBe(201);
    }

    const many: number[] = [];
    for (const url of urls) many.push(await measure(reviewer, url));
    expect(many).toEqual(few);
    // Sign-in lookup, the project with its table, and at most three reads of records.
    for (const n of many) expect(n).toBeLessThanOrEqual(5);
  });
});
