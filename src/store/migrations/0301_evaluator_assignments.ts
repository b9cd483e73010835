/**
 * Third-party evaluation (第三方评价): the finance bureau assigns an evaluator — one account,
 * or an evaluating organisation with everyone in it — to a project, and evaluators see exactly
 * the projects assigned to them. An assigned evaluator records one evaluation per project
 * (score, grade, opinion), replaced in place and audited. Frozen like every migration;
 * portable SQL only; every tenant row carries the project's `org_id`.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen; today's row types must not reach back into them.
type AnyKysely = Kysely<any>;

/** Creates the assignments and evaluations. */
export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('project_assignments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    // Exactly one of the two is set: an evaluator account, or an evaluating organisation.
    .addColumn('evaluator_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('evaluator_org_id', 'text', (c) => c.references('orgs.id'))
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('project_assignments_user', ['project_id', 'evaluator_user_id'])
    .addUniqueConstraint('project_assignments_org', ['project_id', 'evaluator_org_id'])
    .execute();
  await db.schema
    .createIndex('project_assignments_by_user')
    .on('project_assignments')
    .column('evaluator_user_id')
    .execute();
  await db.schema
    .createIndex('project_assignments_by_org')
    .on('project_assignments')
    .column('evaluator_org_id')
    .execute();

  await db.schema
    .createTable('project_evaluations')
    .addColumn('project_id', 'text', (c) => c.primaryKey().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('score', 'double precision', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text', (c) => c.notNull())
    .addColumn('evaluator_id', 'text')
    .addColumn('evaluator_name', 'text', (c) => c.notNull())
    .addColumn('evaluator_org_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

/** Drops them again. */
export async function down(db: AnyKysely): Promise<void> {
  await db.schema.dropTable('project_evaluations').execute();
  await db.schema.dropTable('project_assignments').execute();
}
