/**
 * The number of database queries per request does not grow with the data: the project list
 * and the table read make the same few queries for 3 projects as for 40 (DHIS2 once shipped a
 * request that made 250,054). Queries are counted by Kysely's log hook.
 */

import { expect, it } from 'vitest';
import { write } from '../../src/store/mutate.js';
import { createProject } from '../../src/store/repositories/project.repository.js';
import { describeEachDatabase } from '../support/db.js';
import { buildOrg, buildTargetTable, buildUser, SETUP } from '../support/factories.js';
import { signIn } from '../support/http.js';
import { countingApp } from '../support/query-count.js';

describeEachDatabase('queries per request', (ctx) => {
  const counted = countingApp(ctx);

  it('stays the same for the list and the table however many projects there are', async () => {
    const finance = await buildOrg(counted.store, { kind: 'finance' });
    const department = await buildOrg(counted.store, { kind: 'department', parent: finance });
    const units = [
      await buildOrg(counted.store, { kind: 'unit', parent: department }),
      await buildOrg(counted.store, { kind: 'unit', parent: department }),
    ];
    const reviewer = await buildUser(counted.store, { role: 'finance-reviewer', org: finance });
    const client = await signIn(counted.app, reviewer.user.username, reviewer.password);
    const addProjects = async (n: number) => {
      const ids: string[] = [];
      for (let k = 0; k < n; k += 1) {
        const { project } = await write(counted.store.db, SETUP, {}, (tx) =>
          createProject(
            tx,
            units[k % 2]!,
            { table: buildTargetTable(k), findings: [], source: 'import', note: null },
            'x',
          ),
        );
        ids.push(project.id);
      }
      return ids;
    };

    const few = await addProjects(3);
    const listFew = await counted.measure(client, '/api/projects?pageSize=500');
    const tableFew = await counted.measure(client, `/api/projects/${few[0]}/table`);
    await addProjects(37);
    const listMany = await counted.measure(client, '/api/projects?pageSize=500');
    const tableMany = await counted.measure(client, `/api/projects/${few[2]}/table`);
    const projectMany = await counted.measure(client, `/api/projects/${few[1]}`);
    const tableAgain = await counted.measure(client, `/api/projects/${few[2]}/table`);

    expect(listMany).toBe(listFew);
    expect(tableMany).toBe(tableFew);
    // The caller's token, then one query: the list with its total, or the project.
    expect(listMany).toBeLessThanOrEqual(2);
    expect(projectMany).toBeLessThanOrEqual(2);
    // The table: token, project, and its immutable version — read once, then kept in memory.
    expect(tableMany).toBeLessThanOrEqual(3);
    expect(tableAgain).toBe(tableMany - 1);
  });
});
