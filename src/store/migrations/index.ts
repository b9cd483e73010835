/**
 * The migrations, listed statically so they travel inside the compiled package (a folder scan
 * would miss them after `tsc`). Names sort in the order they run.
 */

import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001_initial.js';
import * as m0100 from './0100_self_evaluation.js';
import * as m0200 from './0200_portfolio_summary.js';
import * as m0300 from './0300_actual_corrections.js';
import * as m0301 from './0301_evaluator_assignments.js';
import * as m0302 from './0302_import_jobs.js';

const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001_initial': m0001,
  '0100_self_evaluation': m0100,
  '0200_portfolio_summary': m0200,
  '0300_actual_corrections': m0300,
  '0301_evaluator_assignments': m0301,
  '0302_import_jobs': m0302,
};

/** Hands Kysely's Migrator the list above. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
