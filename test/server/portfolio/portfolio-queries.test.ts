/**
 * The portfolio and the list filtered by the stored summary make the same few queries for 3
 * projects as for 40 (DESIGN.md, "Lessons": DHIS2 once shipped a request that made 250,054).
 * Queries are counted by Kysely's log hook, on both databases.
 */

import { expect, it } from 'vitest';
import { write } from '../../../src/store/mutate.js';
import { createProject } from '../../../src/store/repositories/project.repository.js';
import { writeProjectSummary } from '../../../src/store/repositories/project-summary.repository.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildOrg, buildTargetTable, buildUser, SETUP } from '../../support/factories.js';
import { signIn } from '../../support/http.js';
import { countingApp } from '../../support/query-count.js';

describeEachDatabase('queries of the portfolio', (ctx) => {
  const counted = countingApp(ctx);

  it('stays the same however many projects, findings, scores and lights there are', async () => {
    const finance = await buildOrg(counted.store, { kind: 'finance' });
    const department = await buildOrg(counted.store, { kind: 'department', parent: finance });
    const units = [
      await buildOrg(counted.store, { kind: 'unit', parent: department }),
      await buildOrg(counted.store, { kind: 'unit', parent: department }),
    ];
    const reviewer = await buildUser(counted.store, { role: 'finance-reviewer', org: finance });
    const client = await signIn(counted.app, reviewer.user.username, reviewer.password);
    const addProjects = async (n: number, from: number) => {
      for (let k = from; k < from + n; k += 1)
        await write(counted.store.db, SETUP, {}, async (tx) => {
          const { project } = await createProject(
            tx,
            units[k % 2]!,
            {
              table: buildTargetTable(k),
              findings: [
                {
                  rule: 'generated',
                  category: k % 3 === 0 ? 'missing' : 'source',
                  severity: k % 2 === 0 ? 'error' : 'warning',
                  message: '生成的发现',
                  messageEn: 'a generated finding',
                },
              ],
              source: 'import',
              note: null,
            },
            'x',
          );
          await writeProjectSummary(tx, project.id, {
            score: { total: 92, grade: 'excellent', complete: true, computedAt: tx.now },
            monitoring: {
              checkpoint: 7,
              budgetLight: 'yellow',
              lights: { green: 3, yellow: 1, red: 1, none: 2 },
            },
          });
        });
    };
    const urls = [
      '/api/portfolio',
      `/api/portfolio?orgId=${units[0]!.id}`,
      '/api/projects?pageSize=500&grade=%E4%BC%98&findingCategory=missing&findingSeverity=error',
      '/api/projects?pageSize=500&findingSeverity=warning',
    ];

    await addProjects(3, 0);
    const few: number[] = [];
    for (const url of urls) few.push(await counted.measure(client, url));
    const small = (await client.get('/api/portfolio')).json() as { projects: { total: number } };
    await addProjects(37, 3);
    const many: number[] = [];
    for (const url of urls) many.push(await counted.measure(client, url));
    const large = (await client.get('/api/portfolio')).json() as { projects: { total: number } };

    expect([small.projects.total, large.projects.total]).toEqual([3, 40]);
    expect(many).toEqual(few);
    // The caller's token, then the snapshot: begin, four grouped queries, commit.
    expect(many[0]).toBeLessThanOrEqual(7);
    // The caller's token, then one query: the filtered page with its total.
    expect(many[2]).toBeLessThanOrEqual(2);
  });
});
