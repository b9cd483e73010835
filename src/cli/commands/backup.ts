/**
 * `jixiao backup FILE`: a consistent copy of the embedded database, taken with SQLite's online
 * backup API so the server may keep running (WAL lets it write meanwhile).
 */

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** Copies the database to `file`, which must not exist yet. */
export async function backupCommand(
  file: string,
  options: StoreOptions,
  io: CliIO,
): Promise<number> {
  const location = locateStore({ dataDir: options.data, databaseUrl: options.databaseUrl });
  if (location.kind !== 'sqlite') {
    complain(io, M.sqliteOnly);
    return EXIT_REFUSED;
  }
  const target = resolve(file);
  if (existsSync(target)) {
    complain(io, M.targetExists, { file: target });
    return EXIT_REFUSED;
  }
  const source = new SQLite(location.file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  say(io, M.backupDone, { file: target, size: statSync(target).size });
  return 0;
}

/** Registers `jixiao backup`. */
export function registerBackup(program: Command, io: CliIO, setExit: (code: number) => void): void {
  withStoreOptions(
    program
      .command('backup')
      .description(
        '备份内置数据库，服务器运行时也可执行 (back up the embedded database, even while serving)',
      )
      .argument('<file>', '备份文件 (backup file)'),
  ).action(async (file: string, options: StoreOptions) => {
    setExit(await backupCommand(file, options, io));
  });
}
