/**
 * The project list's query equals a naive filter of the same rows (the oracle), for random
 * filters — scope, visible states, year, organisation, state, name search, paging — on both
 * databases.
 */

import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { PROJECT_STATES } from '../../src/core/workflow/states.js';
import { write } from '../../src/store/mutate.js';
import type { Org } from '../../src/store/repositories/org.repository.js';
import {
  createProject,
  listProjects,
  type ProjectRecord,
} from '../../src/store/repositories/project.repository.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildOrg, buildTargetTable, SETUP } from '../support/factories.js';
import { Random } from '../support/random.js';
import { moveTo } from '../support/workflow.js';

describeEachDatabase('listing projects', (ctx) => {
  let store: Store;
  let orgs: Org[];
  const projects: ProjectRecord[] = [];

  beforeAll(async () => {
    store = await ctx.open();
    const finance = await buildOrg(store, { kind: 'finance' });
    const departments = [
      await buildOrg(store, { kind: 'department', parent: finance }),
      await buildOrg(store, { kind: 'department', parent: finance }),
    ];
    const units = [];
    for (const d of departments)
      for (let k = 0; k < 2; k += 1) units.push(await buildOrg(store, { kind: 'unit', parent: d }));
    orgs = [finance, ...departments, ...units];
    const r = new Random(42);
    // Distinct instants, so the order (newest first) never depends on how ties are broken.
    let tick = Date.parse('2024-01-01T00:00:00Z');
    const clock = () => {
      tick += 1000;
      return new Date(tick);
    };
    for (let k = 0; k < 36; k += 1) {
      const unit = units[k % units.length]!;
      const { project: draft } = await write(store.db, SETUP, { clock }, (tx) =>
        createProject(
          tx,
          unit,
          { table: buildTargetTable(500 + k), findings: [], source: 'import', note: null },
          'x',
        ),
      );
      const project = await moveTo(store, draft, r.pick(PROJECT_STATES), { clock });
      projects.push(project);
    }
  });

  it('returns exactly what a naive filter of the rows returns', async () => {
    const filter = fc.record({
      scope: fc.option(fc.constantFrom(...orgs.map((o) => o.path)), { nil: null }),
      states: fc.subarray([...PROJECT_STATES]),
      year: fc.option(fc.constantFrom(...new Set(projects.map((p) => p.year!))), {
        nil: undefined,
      }),
      orgId: fc.option(fc.constantFrom(...orgs.map((o) => o.id)), { nil: undefined }),
      state: fc.option(fc.constantFrom(...PROJECT_STATES), { nil: undefined }),
      q: fc.option(fc.constantFrom('项目', '1', '科学', '号', '%', '_', 'none'), {
        nil: undefined,
      }),
      limit: fc.integer({ min: 1, max: 40 }),
      offset: fc.integer({ min: 0, max: 40 }),
    });
    await fc.assert(
      fc.asyncProperty(filter, async (f) => {
        const got = await listProjects(store.db, {
          scopePath: f.scope,
          states: f.states,
          year: f.year,
          orgId: f.orgId,
          state: f.state,
          q: f.q,
          limit: f.limit,
          offset: f.offset,
        });
        const matching = projects
          .filter(
            (p) =>
              (f.scope === null || p.orgPath.startsWith(f.scope)) && f.states.includes(p.state),
          )
          .filter((p) => f.year === undefined || p.year === f.year)
          .filter((p) => f.orgId === undefined || p.orgPath.includes(`/${f.orgId}/`))
          .filter((p) => f.state === undefined || p.state === f.state)
          .filter((p) => f.q === undefined || p.name.toLowerCase().includes(f.q.toLowerCase()))
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
        expect(got.total).toBe(matching.length);
        expect(got.projects).toEqual(matching.slice(f.offset, f.offset + f.limit));
      }),
      { numRuns: 60, seed: 20240101 },
    );
  });
});
