/**
 * Real databases for tests. Every suite that touches the store runs once per database named in
 * JIXIAO_TEST_DATABASES (default "sqlite,postgres"); each test file gets its own fresh database
 * (a temporary SQLite file, or a PostgreSQL database `jixiao_test_<random>` created and dropped
 * at DATABASE_URL's server). PostgreSQL not answering is a failure, never a silent skip.
 */

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  type OpenStoreOptions,
  openStore,
  SQLITE_FILE,
  type Store,
  type StoreLocation,
} from '../../src/store/store.js';

export type DatabaseKind = 'sqlite' | 'postgres';

/** The databases to run on, from JIXIAO_TEST_DATABASES. */
export function testDatabases(): DatabaseKind[] {
  const names = (process.env.JIXIAO_TEST_DATABASES ?? 'sqlite,postgres')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names)
    if (name !== 'sqlite' && name !== 'postgres')
      throw new Error(`JIXIAO_TEST_DATABASES: unknown database "${name}" (sqlite, postgres)`);
  return names as DatabaseKind[];
}

/** The PostgreSQL server's URL (its maintenance database). */
export const POSTGRES_URL =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database made for one test file. */
export interface TestDatabase {
  readonly kind: DatabaseKind;
  readonly location: StoreLocation;
  /** For SQLite: the data folder holding the file. */
  readonly dataDir: string | null;
  /** Removes the database and everything in it. */
  drop(): Promise<void>;
}

/** Creates an empty database of `kind`. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-test-'));
    return {
      kind,
      dataDir,
      location: { kind: 'sqlite', file: join(dataDir, SQLITE_FILE) },
      drop: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `jixiao_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    kind,
    dataDir: null,
    location: { kind: 'postgres', url: url.toString() },
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL does not answer at ${POSTGRES_URL} (${String(error)}). Start it, point ` +
        'DATABASE_URL at one, or run only SQLite with JIXIAO_TEST_DATABASES=sqlite.',
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** What a suite body gets: its database, and a way to open stores on it. */
export interface DatabaseContext {
  readonly kind: DatabaseKind;
  /** The database (available from beforeAll on). */
  database(): TestDatabase;
  /** Opens (and migrates) a store on the suite's database; closed after the suite. */
  open(options?: OpenStoreOptions): Promise<Store>;
}

/**
 * Declares `body` once per test database, each run with its own fresh database that is
 * dropped after the suite.
 */
export function describeEachDatabase(name: string, body: (ctx: DatabaseContext) => void): void {
  for (const kind of testDatabases()) {
    describe(`${name} [${kind}]`, () => {
      let database: TestDatabase | undefined;
      const stores: Store[] = [];
      beforeAll(async () => {
        database = await createTestDatabase(kind);
      });
      afterAll(async () => {
        for (const store of stores) await store.close();
        await database?.drop();
      });
      body({
        kind,
        database: () => {
          if (!database) throw new Error('the test database is created in beforeAll');
          return database;
        },
        open: async (options) => {
          if (!database) throw new Error('the test database is created in beforeAll');
          const store = await openStore(database.location, options);
          stores.push(store);
          return store;
        },
      });
    });
  }
}
