/**
 * What every command that touches the database shares: `--data DIR` or `DATABASE_URL`, the
 * audit name of the person at the terminal, and printing in both languages.
 */

import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { type Bilingual, type MessageParams, render } from '../../core/messages/index.js';
import type { AuditActor } from '../../store/mutate.js';
import { locateStore, openStore, type Store } from '../../store/store.js';
import type { CliIO } from '../cli-io.js';

/** Options of commands that open the database. */
export interface StoreOptions {
  /** The data folder of the embedded database (default ./data). */
  readonly data?: string;
  /** A PostgreSQL URL; `DATABASE_URL` is used when this is not given. */
  readonly databaseUrl?: string;
}

/** Adds `--data` and `--database-url` to a command. */
export function withStoreOptions(command: Command): Command {
  return command
    .option('--data <dir>', '数据目录，默认 ./data (data folder of the embedded database)')
    .option('--database-url <url>', 'PostgreSQL 连接串，默认取 DATABASE_URL (PostgreSQL URL)');
}

/** Opens the database the options name, runs `work`, and closes it whatever happens. */
export async function withStore<T>(
  options: StoreOptions,
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const store = await openStore(
    locateStore({ dataDir: options.data, databaseUrl: options.databaseUrl }),
  );
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** The audit log's name for changes made at the terminal: `cli:<system user>`. */
export function cliActor(): AuditActor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // Some containers have no passwd entry for the current uid.
  }
  return { id: null, name: `cli:${name}` };
}

/** Prints a catalogue message, Chinese then English, on stdout. */
export function say(io: CliIO, message: Bilingual, params: MessageParams = {}): void {
  const text = render(message, params);
  io.stdout(`${text.zh}\n${text.en}\n`);
}

/** Prints a catalogue message, Chinese then English, on stderr. */
export function complain(io: CliIO, message: Bilingual, params: MessageParams = {}): void {
  const text = render(message, params);
  io.stderr(`${text.zh}\n${text.en}\n`);
}

/** Exit code of a command refused for a reason the user can fix (bad name, wrong role…). */
export const EXIT_REFUSED = 1;
