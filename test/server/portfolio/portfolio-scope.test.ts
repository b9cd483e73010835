/**
 * The portfolio counts exactly the projects the list shows each caller (the same scope rules:
 * a unit its own, a department its units' submitted ones, finance everything under it, an
 * evaluator its assigned ones), on each database; anonymous callers get 401.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ProjectState } from '../../../src/core/workflow/states.js';
import { buildApp } from '../../../src/server/app.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { type BuiltUser, buildTargetTable, buildTree, type Tree } from '../../support/factories.js';
import { anonymous, signIn } from '../../support/http.js';
import { projectIn } from '../self-evaluation/support.js';

interface Portfolio {
  projects: { total: number; byState: Record<ProjectState, number> };
  orgs: { orgId: string; projects: number }[];
}

describeEachDatabase('whose projects the portfolio counts', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;

  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null, login: { maxPerWindow: 1000 } });
    tree = await buildTree(store);
    const states: ProjectState[] = ['draft', 'submitted', 'approved', 'published', 'returned'];
    let k = 0;
    for (const unit of [tree.unitA, tree.unitB, tree.otherUnit])
      for (const state of states) await projectIn(store, unit, buildTargetTable(40 + k++), state);
  });
  afterAll(() => app.close());

  it('counts for every caller what the list shows that caller', async () => {
    const callers: BuiltUser[] = [
      tree.admin,
      tree.financeReviewer,
      tree.departmentReviewer,
      tree.otherDepartmentReviewer,
      tree.filerA,
      tree.filerB,
      tree.evaluator,
    ];
    const totals: number[] = [];
    for (const who of callers) {
      const client = await signIn(app, who.user.username, who.password);
      const list = (await client.get('/api/projects?pageSize=500')).json() as {
        total: number;
        items: { orgId: string; state: ProjectState }[];
      };
      const portfolio = (await client.get('/api/portfolio')).json() as Portfolio;
      expect([who.user.role, portfolio.projects.total]).toEqual([who.user.role, list.total]);
      for (const [state, n] of Object.entries(portfolio.projects.byState))
        expect([who.user.role, state, n]).toEqual([
          who.user.role,
          state,
          list.items.filter((p) => p.state === state).length,
        ]);
      for (const org of portfolio.orgs)
        expect(org.projects).toBe(list.items.filter((p) => p.orgId === org.orgId).length);
      totals.push(list.total);
    }
    // The scopes differ: finance sees all fifteen, a department its ten less the drafts, a unit
    // its five, an evaluator with no assignment none.
    expect(totals).toEqual([15, 15, 8, 4, 5, 5, 0]);
    expect((await anonymous(app).get('/api/portfolio')).statusCode).toBe(401);
  });
});
