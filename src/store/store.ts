/**
 * Opens the database: an embedded SQLite file in the data folder by default, PostgreSQL when a
 * URL is given. Migrations run on open, the same ones for both. There is no global handle:
 * whoever opens a store passes it on and closes it.
 */

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type LogEvent,
  Migrator,
  PostgresDialect,
  type SqliteDatabase,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations/index.js';
import { prepareSelects } from './prepared-selects.js';
import type { Database } from './tables/database.js';

/** Where the data lives. */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly url: string };

/** An open database with its dialect. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly location: StoreLocation;
  /** Closes every connection. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Receives every query Kysely runs (tests count them; the server may log slow ones). */
  readonly log?: (event: LogEvent) => void;
  /** Largest PostgreSQL pool (default 10). */
  readonly poolSize?: number;
  /** Hears errors of idle PostgreSQL connections (to log them); they never crash the process. */
  readonly onConnectionError?: (error: Error) => void;
  /** Skip migrations (tools that only read, such as backup). */
  readonly migrate?: boolean;
}

/** The SQLite file inside a data folder. */
export const SQLITE_FILE = 'jixiao.db';

/**
 * Chooses the database as DESIGN.md says. What the caller names wins over the environment:
 * `databaseUrl`, then `dataDir`, then `DATABASE_URL`, then the embedded file in ./data.
 */
export function locateStore(options: {
  readonly dataDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
}): StoreLocation {
  if (options.databaseUrl) return { kind: 'postgres', url: options.databaseUrl };
  if (options.dataDir) return { kind: 'sqlite', file: join(resolve(options.dataDir), SQLITE_FILE) };
  const url = (options.env ?? process.env).DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  return { kind: 'sqlite', file: join(resolve('data'), SQLITE_FILE) };
}

/** Opens (creating if needed) and migrates the database at `location`. */
export async function openStore(
  location: StoreLocation,
  options: OpenStoreOptions = {},
): Promise<Store> {
  const db = new Kysely<Database>({
    dialect:
      location.kind === 'sqlite'
        ? sqliteDialect(location.file)
        : postgresDialect(location.url, options),
    ...(options.log ? { log: options.log } : {}),
  });
  const store: Store = { db, location, close: () => db.destroy() };
  if (options.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.destroy();
      throw error;
    }
  }
  return store;
}

function sqliteDialect(file: string): SqliteDialect {
  if (file !== ':memory:') mkdirSync(resolve(file, '..'), { recursive: true });
  const database = new SQLite(file);
  // WAL lets readers (a backup, the CLI) work while the server writes; NORMAL sync is still
  // atomic after a crash of the process, which is the failure we guard against.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: withStatementCache(database) });
}

/** Statements kept prepared; more distinct SQL than this is evicted oldest first. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs as much as running a small
 * query. Statements are reusable, so keep the most recent ones. A statement still being
 * iterated is busy and is never handed out twice.
 */
function withStatementCache(database: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text) => {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = database.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

function postgresDialect(url: string, options: OpenStoreOptions): PostgresDialect {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection that the server closes (a restart, a failover, DROP DATABASE … FORCE)
  // is an 'error' event on the pool; unheard, it would crash the process. The pool drops that
  // client and the next query connects again; /healthz tells whether the database answers.
  pool.on('error', (error) => options.onConnectionError?.(error));
  prepareSelects(pool);
  return new PostgresDialect({ pool });
}

/** Runs every pending migration; throws with the failing migration's name. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${String(error)}`, { cause: error });
  }
}

/** True when the database answers a trivial query (for /healthz). */
export async function ping(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
