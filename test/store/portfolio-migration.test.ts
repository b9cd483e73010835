/**
 * Migration 0200 on a database that already holds projects, on both databases: the findings of
 * each current version are counted by category from the stored findings (an earlier version's
 * findings never count), and the score and lights stay null until a write computes them.
 */

import { type Kysely, Migrator } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { migrationProvider } from '../../src/store/migrations/index.js';
import { migrate, type Store } from '../../src/store/store.js';
import type { Database } from '../../src/store/tables/database.js';
import { describeEachDatabase } from '../support/db.js';

const NOW = '2024-01-01T00:00:00.000Z';

describeEachDatabase('migration 0200 (project summaries)', (ctx) => {
  let store: Store;

  beforeAll(async () => {
    store = await ctx.open({ migrate: false });
    const migrated = await new Migrator({
      db: store.db,
      provider: migrationProvider,
    }).migrateTo('0100_self_evaluation');
    expect(migrated.error).toBeUndefined();
    // Rows as the schema before 0200 had them, written without today's row types.
    // biome-ignore lint/suspicious/noExplicitAny: the old schema has no row types any more.
    const db = store.db as unknown as Kysely<any>;
    await db
      .insertInto('orgs')
      .values({
        id: 'u1',
        parent_id: null,
        kind: 'unit',
        name: '单位',
        path: '/u1/',
        created_at: NOW,
      })
      .execute();
    const project = (id: string, current: string) => ({
      id,
      org_id: 'u1',
      name: id,
      year: 2024,
      state: 'draft',
      version: 2,
      current_version_id: current,
      amount_total: '100.00',
      indicator_count: 3,
      finding_errors: 0,
      finding_warnings: 0,
      finding_infos: 0,
      created_at: NOW,
      updated_at: NOW,
      created_by: null,
    });
    await db
      .insertInto('projects')
      .values([project('p1', 'p1v2'), project('p2', 'p2v1')])
      .execute();
    const version = (id: string, projectId: string, number: number) => ({
      id,
      project_id: projectId,
      org_id: 'u1',
      number,
      table_json: '{}',
      sha256: id,
      indicator_count: 3,
      source: 'import',
      note: null,
      created_at: NOW,
      created_by: null,
      created_by_name: 'test',
    });
    await db
      .insertInto('target_versions')
      .values([version('p1v1', 'p1', 1), version('p1v2', 'p1', 2), version('p2v1', 'p2', 1)])
      .execute();
    const finding = (id: string, versionId: string, category: string) => ({
      id,
      version_id: versionId,
      project_id: versionId.slice(0, 2),
      org_id: 'u1',
      position: 0,
      rule: 'r',
      category,
      severity: 'warning',
      finding_json: '{}',
    });
    await db
      .insertInto('findings')
      .values([
        finding('f1', 'p1v1', 'duplicate'),
        finding('f2', 'p1v2', 'missing'),
        finding('f3', 'p1v2', 'missing'),
        finding('f4', 'p1v2', 'source'),
      ])
      .execute();
    await migrate(store.db as Kysely<Database>);
  });

  it('counts the current version’s findings by category and leaves scores null', async () => {
    const rows = await store.db
      .selectFrom('projects')
      .select(['id', 'finding_categories', 'score_total', 'score_grade', 'monitoring_checkpoint'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      {
        id: 'p1',
        finding_categories: '{"missing":2,"source":1}',
        score_total: null,
        score_grade: null,
        monitoring_checkpoint: null,
      },
      {
        id: 'p2',
        finding_categories: '{}',
        score_total: null,
        score_grade: null,
        monitoring_checkpoint: null,
      },
    ]);
  });
});
