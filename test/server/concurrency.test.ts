/**
 * Two people save from the same version at the same moment: exactly one save wins, the other
 * gets 409, and what is stored is exactly the winner's table with the winner's findings.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { review } from '../../src/core/review/index.js';
import { targetTableInput } from '../../src/core/table/target-table.schema.js';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import { sha256Hex } from '../../src/store/audit/chain.js';
import { listProjectAudit } from '../../src/store/repositories/audit.repository.js';
import { listVersions } from '../../src/store/repositories/version.repository.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildTargetTable, buildTree, type Tree } from '../support/factories.js';
import { signIn } from '../support/http.js';

describeEachDatabase('concurrent saves', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null });
    tree = await buildTree(store);
  });
  afterAll(() => app.close());

  it('lets exactly one of two saves from the same version win, every time, without mixing', async () => {
    const alice = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    const bob = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    for (let round = 0; round < 6; round += 1) {
      const first = buildTargetTable(100 + round);
      const imported = await alice.upload('/api/imports', {
        name: 't.json',
        bytes: JSON.stringify(first),
      });
      expect(imported.statusCode, imported.body).toBe(201);
      const id = (imported.json() as { project: { id: string } }).project.id;
      const mine = buildTargetTable(200 + round);
      const theirs = buildTargetTable(300 + round);
      const [a, b] = await Promise.all([
        alice.put(`/api/projects/${id}/table`, mine, { 'if-match': '"1"' }),
        bob.put(`/api/projects/${id}/table`, theirs, { 'if-match': '"1"' }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
      const loser = a.statusCode === 409 ? a : b;
      expect(loser.json()).toMatchObject({ error: { code: 'versionConflict' } });
      const winner = targetTableInput.parse(a.statusCode === 200 ? mine : theirs);

      const stored = await alice.get(`/api/projects/${id}/table`);
      expect(stored.headers.etag).toBe('"2"');
      expect(stored.json()).toEqual(JSON.parse(JSON.stringify(winner)));
      const versions = await listVersions(store.db, id);
      expect(versions.map((v) => v.number)).toEqual([2, 1]);
      expect(versions[0]!.sha256).toBe(sha256Hex(stored.body));
      const findings = (await alice.get(`/api/projects/${id}/findings`)).json() as {
        findings: unknown[];
      };
      expect(findings.findings).toEqual(JSON.parse(JSON.stringify(review(winner).findings)));
      const saves = (await listProjectAudit(store.db, id)).filter((e) => e.action === 'table.save');
      expect(saves).toHaveLength(1);
    }
  });

  it('refuses a stale or unreadable If-Match with 409 and a missing one with 428, writing nothing', async () => {
    const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    const imported = await filer.upload('/api/imports', {
      name: 't.json',
      bytes: JSON.stringify(buildTargetTable(400)),
    });
    const id = (imported.json() as { project: { id: string } }).project.id;
    const next = buildTargetTable(401);
    expect(
      (await filer.put(`/api/projects/${id}/table`, next, { 'if-match': '"1"' })).statusCode,
    ).toBe(200);
    for (const stale of ['"1"', '"7"', 'W/"1"', 'garbage', '"-1"']) {
      const response = await filer.put(`/api/projects/${id}/table`, buildTargetTable(402), {
        'if-match': stale,
      });
      expect([stale, response.statusCode]).toEqual([stale, 409]);
    }
    expect((await filer.put(`/api/projects/${id}/table`, next)).statusCode).toBe(428);
    expect((await listVersions(store.db, id)).map((v) => v.number)).toEqual([2, 1]);
    // A weak ETag of the current version is the current version.
    expect(
      (await filer.put(`/api/projects/${id}/table`, next, { 'if-match': 'W/"2"' })).statusCode,
    ).toBe(200);
  });
});
