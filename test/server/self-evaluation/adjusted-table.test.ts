/**
 * Records follow their indicator when an approved table is adjusted (调整: a new version with
 * rows moved), on each database. A monitoring report filed against the old version shows its
 * entries on the rows their indicators moved to — in the checkpoint view, its lights, and the
 * project's stored lights — and drops the entry of an indicator that was removed. An actual
 * made against an old row stays current for its indicator even when a new indicator now sits
 * at that row and has an update of its own.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MonitoringReport } from '../../../src/core/monitoring/monitoring-report.js';
import type { Indicator, TargetTable } from '../../../src/core/table/target-table.js';
import {
  refreshProjectSummary,
  resolveSummarySettings,
} from '../../../src/server/commands/project-summary.command.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { write } from '../../../src/store/mutate.js';
import {
  type ProjectRecord,
  saveTable,
} from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, SETUP, type Tree } from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp } from './support.js';

interface Checkpoint {
  input: { entries: { index: number; expected?: string }[] } | null;
  report: MonitoringReport;
}

interface Actuals {
  indicators: { name: string; actual: string | null }[];
}

describeEachDatabase('records after the table is adjusted', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let project: ProjectRecord;
  let filer: Client;
  const url = (rest: string) => `/api/projects/${project.id}${rest}`;
  const lightsStored = async () =>
    store.db
      .selectFrom('projects')
      .select(['monitoring_red', 'monitoring_yellow', 'monitoring_green'])
      .where('id', '=', project.id)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    project = await projectIn(store, tree.unitA, seed);
    filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
  });
  afterAll(() => app.close());

  it('moves monitoring entries and actuals with their indicators, and drops a removed one', async () => {
    const [a0, a1, a2, a3] = seed.indicators as [Indicator, Indicator, Indicator, Indicator];
    // Each of these names appears once in the seed, so a name finds its row.
    for (const a of [a0, a1, a2, a3])
      expect(seed.indicators.filter((i) => i.name === a.name)).toHaveLength(1);

    // Against version 1: 0 (target 6场) expects 3场 → red; 1 (200人) 180人 → yellow;
    // 3 (2000人) 2000人 → green. An actual for row 0.
    const filed = await filer.put(url('/monitoring/1-7'), {
      execution: { budget: '27890645.00', spent: '19523451.50' },
      entries: [
        { index: 0, expected: '3场', likelihood: '有可能' },
        { index: 1, expected: '180人', deviation: { category: '经费保障', text: '经费下达延迟' } },
        { index: 3, expected: '2000人', likelihood: 'certain' },
      ],
    });
    expect(filed.statusCode, filed.body).toBe(200);
    const before = (filed.json() as Checkpoint).report;
    expect([0, 1, 3].map((k) => before.indicators[k]!.light)).toEqual(['red', 'yellow', 'green']);
    expect(await lightsStored()).toMatchObject({
      monitoring_red: 1,
      monitoring_yellow: 1,
      monitoring_green: 1,
    });
    expect(
      (await filer.put(url('/actuals'), { entries: [{ index: 0, actual: '4场' }] })).statusCode,
    ).toBe(200);

    // Adjusted: two new indicators at the top, row 1 removed. Now a0 is row 2, a2 row 3, a3 row 4.
    const added = (name: string): Indicator => ({ ...a0, name, actual: null });
    const adjusted: TargetTable = {
      ...seed,
      indicators: [added('新增指标甲'), added('新增指标乙'), a0, ...seed.indicators.slice(2)],
    };
    const saved = await write(store.db, SETUP, {}, (tx) =>
      saveTable(tx, project, project.version, {
        table: adjusted,
        findings: [],
        source: 'edit',
        note: '调整',
      }),
    );
    expect(saved.kind).toBe('saved');
    if (saved.kind !== 'saved') return;
    project = saved.project;
    await write(store.db, SETUP, {}, (tx) =>
      refreshProjectSummary(tx, tree.filerA.actor, project.id, resolveSummarySettings()),
    );

    const view = (await filer.get(url('/monitoring/1-7'))).json() as Checkpoint;
    expect(view.input?.entries.map((e) => [e.index, e.expected])).toEqual([
      [2, '3场'],
      [4, '2000人'],
    ]);
    const lights = view.report.indicators.slice(0, 5).map((i) => i.light);
    expect(lights).toEqual(['none', 'none', 'red', 'none', 'green']);
    expect(view.report.indicators[2]!.name).toBe(a0.name);
    // The removed indicator's yellow light is gone from the project's stored lights too.
    expect(await lightsStored()).toMatchObject({
      monitoring_red: 1,
      monitoring_yellow: 0,
      monitoring_green: 1,
    });

    // The new indicator at row 0 gets an actual of its own; a0's stays with a0, now at row 2.
    expect(
      (
        await filer.put(url('/actuals'), {
          entries: [{ index: 0, name: '新增指标甲', actual: '2场' }],
        })
      ).statusCode,
    ).toBe(200);
    const actuals = (await filer.get(url('/actuals'))).json() as Actuals;
    expect(actuals.indicators.slice(0, 3).map((i) => [i.name, i.actual])).toEqual([
      ['新增指标甲', '2场'],
      ['新增指标乙', null],
      [a0.name, '4场'],
    ]);
  });
});
