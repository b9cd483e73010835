/**
 * The year's records after the targets are approved: actuals as updates with their
 * review, budget execution, evidence files (content on disk, metadata here), monitoring
 * reports and periods, rectification, and satisfaction surveys with their invitations and
 * answers. Frozen like every migration; portable SQL only; every tenant row carries `org_id`.
 */

import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen; today's row types must not reach back into them.
type AnyKysely = Kysely<any>;

/** Creates the tables of actuals, evidence, monitoring, rectification and surveys. */
export async function up(db: AnyKysely): Promise<void> {
  await db.schema
    .createTable('actual_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('indicator_index', 'integer', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('actual_raw', 'text')
    .addColumn('weight', 'double precision')
    .addColumn('score', 'double precision')
    .addColumn('deviation_reason', 'text')
    .addColumn('numerator', 'integer')
    .addColumn('denominator', 'integer')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('author_role', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('review_state', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_by_name', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_comment', 'text')
    .addUniqueConstraint('actual_updates_project_seq', ['project_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('actual_updates_indicator')
    .on('actual_updates')
    .columns(['project_id', 'indicator_index'])
    .execute();

  await db.schema
    .createTable('execution_updates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('initial_budget', 'text')
    .addColumn('budget', 'text')
    .addColumn('spent', 'text')
    .addColumn('reason', 'text')
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('execution_updates_project_seq', ['project_id', 'seq'])
    .execute();

  await db.schema
    .createTable('evidence_files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('indicator_index', 'integer', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by_name', 'text')
    .execute();
  await db.schema
    .createIndex('evidence_files_indicator')
    .on('evidence_files')
    .columns(['project_id', 'indicator_index'])
    .execute();
  await db.schema
    .createIndex('evidence_files_sha256')
    .on('evidence_files')
    .column('sha256')
    .execute();

  await db.schema
    .createTable('monitoring_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('checkpoint', 'integer', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('input_json', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('monitoring_reports_number', ['project_id', 'checkpoint', 'number'])
    .execute();

  await db.schema
    .createTable('monitoring_periods')
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('checkpoint', 'integer', (c) => c.notNull())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by_name', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('monitoring_periods_pk', ['project_id', 'checkpoint'])
    .execute();

  await db.schema
    .createTable('rectifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('indicators_json', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('due_date', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('steps_json', 'text', (c) => c.notNull())
    .addColumn('step_count', 'integer', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rectifications_project')
    .on('rectifications')
    .column('project_id')
    .execute();

  await db.schema
    .createTable('surveys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('indicator_index', 'integer', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('open_token', 'text', (c) => c.unique())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('invitations', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_by_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by_name', 'text')
    .execute();
  await db.schema.createIndex('surveys_project').on('surveys').column('project_id').execute();

  await db.schema
    .createTable('survey_invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('survey_invitations_survey')
    .on('survey_invitations')
    .column('survey_id')
    .execute();

  await db.schema
    .createTable('survey_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id'))
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('device_key', 'text')
    .addColumn('invitation_hash', 'text', (c) => c.unique())
    .addColumn('ip_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('survey_responses_device', ['survey_id', 'device_key'])
    .execute();
  await db.schema
    .createIndex('survey_responses_address')
    .on('survey_responses')
    .columns(['survey_id', 'ip_hash'])
    .execute();
}

/** Drops the tables, children first. */
export async function down(db: AnyKysely): Promise<void> {
  for (const table of [
    'survey_responses',
    'survey_invitations',
    'surveys',
    'rectifications',
    'monitoring_periods',
    'monitoring_reports',
    'evidence_files',
    'execution_updates',
    'actual_updates',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
