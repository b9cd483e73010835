/**
 * `jixiao restore FILE`: replaces the embedded database with a backup, after checking that the
 * file is an intact jixiao database. Run it with the server stopped.
 */

import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { locateStore } from '../../store/store.js';
import type { CliIO } from '../cli-io.js';
import {
  complain,
  EXIT_REFUSED,
  type StoreOptions,
  say,
  withStoreOptions,
} from './store-options.js';

/** Why a file is not a usable backup, or null when it is one. */
export function backupProblem(file: string): string | null {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') return `integrity_check: ${String(check)}`;
    const tables = new Set(
      (
        db.prepare("select name from sqlite_master where type = 'table'").all() as {
          name: string;
        }[]
      ).map((r) => r.name),
    );
    for (const table of ['kysely_migration', 'projects', 'audit_entries'])
      if (!tables.has(table)) return `no table ${table}`;
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/** Restores the database from `file` through SQLite's backup API (never a raw file copy). */
export async function restoreCommand(
  file: string,
  options: StoreOptions,
  io: CliIO,
): Promise<number> {
  const location = locateStore({ dataDir: options.data, databaseUrl: options.databaseUrl });
  if (location.kind !== 'sqlite') {
    complain(io, M.sqliteOnly);
    return EXIT_REFUSED;
  }
  const source = resolve(file);
  const problem = backupProblem(source);
  if (problem !== null) {
    complain(io, M.notABackup, { file: source, detail: problem });
    return EXIT_REFUSED;
  }
  mkdirSync(dirname(location.file), { recursive: true });
  const backup = new SQLite(source, { readonly: true, fileMustExist: true });
  try {
    // Copying pages into the live file through SQLite keeps its WAL and locks consistent.
    await backup.backup(location.file);
  } finally {
    backup.close();
  }
  say(io, M.restoreDone, { file: source });
  return 0;
}

/** Registers `jixiao restore`. */
export function registerRestore(
  program: Command,
  io: CliIO,
  setExit: (code: number) => void,
): void {
  withStoreOptions(
    program
      .command('restore')
      .description(
        '从备份恢复内置数据库，请先停止服务器 (restore the embedded database; stop the server first)',
      )
      .argument('<file>', '备份文件 (backup file)'),
  ).action(async (file: string, options: StoreOptions) => {
    setExit(await restoreCommand(file, options, io));
  });
}
