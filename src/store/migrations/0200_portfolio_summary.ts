/**
 * What a portfolio of hundreds of projects needs per project without opening each one (issues
 * 4 and 6): the self-evaluation score (总分, 等级, whether complete, when computed), the lights of
 * the latest filed monitoring checkpoint, and the current version's findings by category.
 *
 * Score and lights are derived from the year's records by core/ (which migrations never
 * import), so existing rows stay null until the next write computes them. Findings by category
 * are plain counts, so they are filled in here from the stored findings. Frozen like every
 * migration; one column per ALTER because SQLite adds one at a time.
 */

import { type Kysely, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen; today's row types must not reach back into them.
type AnyKysely = Kysely<any>;

const COLUMNS: readonly [string, 'double precision' | 'integer' | 'text'][] = [
  ['score_total', 'double precision'],
  ['score_grade', 'text'],
  ['score_complete', 'integer'],
  ['score_computed_at', 'text'],
  ['monitoring_checkpoint', 'integer'],
  ['monitoring_budget_light', 'text'],
  ['monitoring_green', 'integer'],
  ['monitoring_yellow', 'integer'],
  ['monitoring_red', 'integer'],
  ['monitoring_none', 'integer'],
];

/** Adds the summary columns and fills in the findings by category of every current version. */
export async function up(db: AnyKysely): Promise<void> {
  for (const [name, type] of COLUMNS)
    await db.schema.alterTable('projects').addColumn(name, type).execute();
  await db.schema
    .alterTable('projects')
    .addColumn('finding_categories', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('projects_grade').on('projects').column('score_grade').execute();

  const counts = await db
    .selectFrom('projects')
    .innerJoin('findings', 'findings.version_id', 'projects.current_version_id')
    .select(['projects.id as id', 'findings.category as category'])
    .select(sql<number | string>`count(*)`.as('n'))
    .groupBy(['projects.id', 'findings.category'])
    .execute();
  const byProject = new Map<string, Record<string, number>>();
  for (const row of counts) {
    const entry = byProject.get(row.id) ?? {};
    entry[row.category] = Number(row.n);
    byProject.set(row.id, entry);
  }
  for (const [id, categories] of byProject)
    await db
      .updateTable('projects')
      .set({ finding_categories: JSON.stringify(sortedKeys(categories)) })
      .where('id', '=', id)
      .execute();
}

/** The same object with its keys in order, so equal counts are equal text. */
function sortedKeys(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Drops the columns again. */
export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropIndex('projects_grade').execute();
  for (const name of ['finding_categories', ...COLUMNS.map(([n]) => n)])
    await db.schema.alterTable('projects').dropColumn(name).execute();
}
