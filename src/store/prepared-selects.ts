/**
 * PostgreSQL parses and plans every query it is sent, and the API sends the same few SELECTs
 * (the caller's token, a project with its organisation) over and over. A named query is
 * prepared once per connection and after that only bound and run: on the benchmark the table
 * read serves about a third more requests. Only SELECTs are named — writes vary with chunked
 * inserts — and at most `PREPARED_PER_CONNECTION` texts per connection, so queries built with
 * varying IN lists cannot grow the server's memory without end; the rest run unnamed.
 *
 * A prepared SELECT keeps its result columns: when another process migrates a table, the next
 * use prepares it again (inside a transaction that one transaction fails; restart every
 * process after migrating, docs/operations.md).
 */

import type pg from 'pg';

/** Distinct SELECT texts prepared on one connection at most. */
export const PREPARED_PER_CONNECTION = 200;

type Query = (config: unknown, values?: unknown) => unknown;

/** Makes every client `pool` hands out prepare its repeated SELECTs. */
export function prepareSelects(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as () => Promise<pg.PoolClient>;
  const prepared = new WeakSet<pg.PoolClient>();
  const connectPreparing = async (): Promise<pg.PoolClient> => {
    const client = await connect();
    if (!prepared.has(client)) {
      prepared.add(client);
      const query = client.query.bind(client) as Query;
      (client as unknown as { query: Query }).query = preparing(query);
    }
    return client;
  };
  (pool as unknown as { connect: typeof connectPreparing }).connect = connectPreparing;
}

/** PostgreSQL's answer when a prepared SELECT's columns changed under it (a migration). */
const CACHED_PLAN_CHANGED = '0A000';

/** `query` with SELECT texts named after their first use on this connection. */
function preparing(query: Query): Query {
  const names = new Map<string, string>();
  // Counts every statement prepared, those a migration left behind too: the server keeps them.
  let prepared = 0;
  const nameOf = (text: string): string | null => {
    if (prepared >= PREPARED_PER_CONNECTION) return null;
    const name = `jx${prepared++}`;
    names.set(text, name);
    return name;
  };
  return (config, values) => {
    if (typeof config !== 'string' || !config.startsWith('select ')) return query(config, values);
    const name = names.get(config) ?? nameOf(config);
    if (name === null) return query(config, values);
    return (query({ name, text: config, values }) as Promise<unknown>).catch((error: unknown) => {
      // Another process migrated: prepare the text again under a new name (outside a
      // transaction this succeeds; inside one the transaction has failed and says so).
      if ((error as { code?: string }).code !== CACHED_PLAN_CHANGED) throw error;
      names.delete(config);
      const again = nameOf(config);
      return again === null ? query(config, values) : query({ name: again, text: config, values });
    });
  };
}
