/**
 * A reviewer's correction of an actual (实际完成值) is a new update entered by the reviewer on
 * behalf of the unit's original author: the update names both (DESIGN, "Lessons": the author
 * is kept when a reviewer edits), the update it corrects, and why. Frozen like every
 * migration; one column per ALTER because SQLite adds one at a time.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen; today's row types must not reach back into them.
type AnyKysely = Kysely<any>;

const COLUMNS = [
  'on_behalf_of',
  'on_behalf_of_name',
  'corrected_from',
  'correction_reason',
] as const;

/** Adds the correction columns to `actual_updates` (null on every update that is not one). */
export async function up(db: AnyKysely): Promise<void> {
  for (const column of COLUMNS)
    await db.schema.alterTable('actual_updates').addColumn(column, 'text').execute();
}

/** Drops them again, last first. */
export async function down(db: AnyKysely): Promise<void> {
  for (const column of [...COLUMNS].reverse())
    await db.schema.alterTable('actual_updates').dropColumn(column).execute();
}
