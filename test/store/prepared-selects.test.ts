/**
 * On PostgreSQL a repeated SELECT is prepared once per connection, the number prepared stays
 * bounded, and a SELECT whose table another process changed is prepared again instead of
 * failing.
 */

import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREPARED_PER_CONNECTION } from '../../src/store/prepared-selects.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase, testDatabases } from '../support/db.js';

describe.runIf(testDatabases().includes('postgres'))('prepared SELECTs [postgres]', () => {
  let database: TestDatabase;
  let store: Store;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    store = await openStore(database.location, { migrate: false, poolSize: 1 });
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });

  /** The statements prepared on the store's one connection. */
  const prepared = async () =>
    (
      await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
        store.db,
      )
    ).rows.map((r) => r.statement);

  it('prepares a repeated SELECT once and answers it each time', async () => {
    for (const n of [1, 2, 3]) {
      const { rows } = await sql<{ doubled: number }>`select ${n}::int * 2 as doubled`.execute(
        store.db,
      );
      expect(rows).toEqual([{ doubled: n * 2 }]);
    }
    const statements = await prepared();
    expect(statements.filter((s) => s === 'select $1::int * 2 as doubled')).toHaveLength(1);
  });

  it('prepares a SELECT again when another process adds a column to its table', async () => {
    await sql`create table probe (a int)`.execute(store.db);
    await sql`insert into probe values (1)`.execute(store.db);
    const read = () => sql`select * from probe`.execute(store.db);
    expect((await read()).rows).toEqual([{ a: 1 }]);
    const other = new pg.Client({ connectionString: (database.location as { url: string }).url });
    await other.connect();
    await other.query('alter table probe add column b int default 7');
    await other.end();
    expect((await read()).rows).toEqual([{ a: 1, b: 7 }]);
  });

  it('prepares no more than its bound on one connection; the rest still run', async () => {
    for (let k = 0; k < PREPARED_PER_CONNECTION + 50; k += 1) {
      const { rows } = await sql<{ v: number }>`select ${k}::int as ${sql.ref(`v${k}`)}`.execute(
        store.db,
      );
      expect(Object.values(rows[0]!)).toEqual([k]);
    }
    expect(await prepared()).toHaveLength(PREPARED_PER_CONNECTION);
  });
});
