/**
 * Imports that run in the background (`POST /api/imports?async=1`): one row per job with its
 * state and progress, and its result or error once it ends. Bookkeeping like sessions — the
 * projects an import stores are audited with it — so rows are written directly. Frozen like
 * every migration; portable SQL only; `org_id` is the unit the tables go to.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen; today's row types must not reach back into them.
type AnyKysely = Kysely<any>;

/** Creates the table of import jobs. */
export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id'))
    .addColumn('created_by', 'text')
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('progress', 'double precision', (c) => c.notNull())
    .addColumn('result_json', 'text')
    .addColumn('error_json', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops it again. */
export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('import_jobs').execute();
}
