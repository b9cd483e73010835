/**
 * Last year's actuals reach the review on each database: a unit that imports or saves this
 * year's table of a project whose last year's targets were approved and filled in hears when a
 * target falls below what was already achieved — and only its own project's history counts.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TargetTable } from '../../src/core/table/target-table.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildTree, type Tree } from '../support/factories.js';
import { type Client, signIn } from '../support/http.js';
import { readSeed } from '../support/seed.js';
import { projectIn, selfEvaluationApp } from './self-evaluation/support.js';

const RULE = 'target-below-last-actual';

interface Finding {
  rule: string;
  indicators?: number[];
  message: string;
}

describeEachDatabase('last year’s actuals in the review', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let thisYear: TargetTable;
  let filerA: Client;
  let filerB: Client;
  /** A higher-is-better count of the seed with a unit, and what last year achieved of it. */
  let k: number;
  let achieved: number;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    thisYear = { ...seed, project: { ...seed.project, year: seed.project.year! + 1 } };
    filerA = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    filerB = await signIn(app, tree.filerB.user.username, tree.filerB.password);
    k = seed.indicators.findIndex(
      (i) =>
        i.level2 !== 'satisfaction' &&
        i.target.kind === 'number' &&
        i.target.op === '>=' &&
        !i.target.change &&
        i.target.unit !== null &&
        i.target.unit !== '%',
    );
    expect(k).toBeGreaterThanOrEqual(0);
    const target = seed.indicators[k]!.target;
    achieved = target.kind === 'number' && target.op !== 'between' ? target.value * 2 : 0;

    // Last year: approved, with the indicator's actual entered as a bare number.
    const last = await projectIn(store, tree.unitA, seed, 'approved');
    const r = await filerA.put(`/api/projects/${last.id}/actuals`, {
      entries: [{ index: k, actual: String(achieved) }],
    });
    expect(r.statusCode, r.body).toBe(200);
  });
  afterAll(() => app.close());

  const below = (findings: readonly Finding[]) => findings.filter((f) => f.rule === RULE);

  it('flags an imported target below last year’s actual, quoting the year and the value', async () => {
    const r = await filerA.upload('/api/imports', {
      name: 'this-year.json',
      bytes: JSON.stringify(thisYear),
    });
    expect(r.statusCode, r.body).toBe(201);
    const { project, findings } = r.json() as { project: { id: string }; findings: Finding[] };
    const hits = below(findings);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.indicators).toEqual([k]);
    expect(hits[0]!.message).toContain(`${seed.project.year}年`);
    expect(hits[0]!.message).toContain(String(achieved));
    // The stored findings are the same ones.
    const stored = (await filerA.get(`/api/projects/${project.id}/findings`)).json() as {
      findings: Finding[];
    };
    expect(below(stored.findings)).toHaveLength(1);
  });

  it('flags a saved target too, and clears it when the save raises the target to last year’s level', async () => {
    const draft = await projectIn(store, tree.unitA, thisYear, 'draft');
    let etag = (await filerA.get(`/api/projects/${draft.id}/table`)).headers.etag as string;
    const save = async (table: TargetTable) => {
      const r = await filerA.put(`/api/projects/${draft.id}/table`, table, { 'if-match': etag });
      expect(r.statusCode, r.body).toBe(200);
      etag = r.headers.etag as string;
      return (r.json() as { findings: Finding[] }).findings;
    };
    expect(below(await save(thisYear))).toHaveLength(1);
    const raised: TargetTable = {
      ...thisYear,
      indicators: thisYear.indicators.map((i, n) =>
        n === k ? { ...i, target: { ...i.target, raw: `≥${achieved}${unitOf(i.target)}` } } : i,
      ),
    };
    expect(below(await save(raised))).toEqual([]);
  });

  it('finds nothing for another unit’s project of the same name', async () => {
    const r = await filerB.upload('/api/imports', {
      name: 'this-year.json',
      bytes: JSON.stringify(thisYear),
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(below((r.json() as { findings: Finding[] }).findings)).toEqual([]);
  });
});

function unitOf(target: TargetTable['indicators'][number]['target']): string {
  return target.kind === 'number' && target.unit !== null ? target.unit : '';
}
