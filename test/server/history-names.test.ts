/**
 * A project's history names people by their 姓名 (display name) with the login name beside it,
 * on each database: versions and audit entries carry both; a system process (an import by the
 * CLI or the test set-up) has no display name.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../support/factories.js';
import { signIn } from '../support/http.js';
import { projectIn } from './self-evaluation/support.js';

interface History {
  versions: { number: number; createdByName: string; createdByDisplayName: string | null }[];
  audit: { action: string; actorName: string; actorDisplayName: string | null }[];
}

describeEachDatabase('names in the history', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;

  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null, login: { maxPerWindow: 1000 } });
    tree = await buildTree(store);
  });
  afterAll(() => app.close());

  it('shows who saved and who acted by name, with the login name as a hint', async () => {
    const admin = await signIn(app, tree.admin.user.username, tree.admin.password);
    const created = await admin.post('/api/users', {
      username: 'zhang-tianbao',
      password: 'long-enough-1',
      orgId: tree.unitA.id,
      role: 'unit-filer',
      displayName: '张填报',
    });
    expect(created.statusCode, created.body).toBe(201);
    const project = await projectIn(store, tree.unitA, buildTargetTable(31), 'draft');
    const filer = await signIn(app, 'zhang-tianbao', 'long-enough-1');
    const saved = await filer.put(`/api/projects/${project.id}/table`, buildTargetTable(32), {
      'if-match': '"1"',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await filer.post(`/api/projects/${project.id}/transitions`, { action: 'submit' }))
        .statusCode,
    ).toBe(200);

    const history = (await filer.get(`/api/projects/${project.id}/history`)).json() as History;
    expect(
      history.versions.map((v) => [v.number, v.createdByName, v.createdByDisplayName]),
    ).toEqual([
      [2, 'zhang-tianbao', '张填报'],
      // Imported by the test set-up, a system process: no person to name.
      [1, 'test-setup', null],
    ]);
    const byPeople = history.audit.filter((e) => e.actorName === 'zhang-tianbao');
    expect(byPeople.map((e) => e.action)).toEqual(['table.save', 'project.transition']);
    expect(byPeople.every((e) => e.actorDisplayName === '张填报')).toBe(true);
    expect(history.audit.find((e) => e.actorName === 'test-setup')?.actorDisplayName).toBeNull();
    // The list of versions says the same.
    const versions = (await filer.get(`/api/projects/${project.id}/versions`)).json() as {
      items: History['versions'];
    };
    expect(versions.items[0]?.createdByDisplayName).toBe('张填报');
  });
});
