/**
 * The server under load, on both databases. GET of the seed's table (164 indicators) at 50
 * connections with autocannon, requests/s and p99 latency, as a ratio to a bare Fastify route
 * returning the same JSON from memory in the same run (goal: at least half its requests/s).
 * Then the import of the seed over HTTP (p50, p99), against reading and reviewing it in-process.
 * autocannon runs in its own process so it does not share the server's event loop.
 */

import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Fastify from 'fastify';
import pg from 'pg';
import { review } from '../dist/core/review/index.js';
import { readTargetTables } from '../dist/io/read.js';
import { buildApp } from '../dist/server/app.js';
import { ensureAdministrator } from '../dist/server/bootstrap.js';
import { openStore, type StoreLocation } from '../dist/store/store.js';
import { SEED_PATH } from '../test/support/seed.js';
import { type Figures, round } from './support.js';

const run = promisify(execFile);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SERVER_SECONDS ?? 10);
const IMPORTS = 40;
const PASSWORD = 'bench-admin-password';

interface Load {
  readonly rps: number;
  readonly p99: number;
  readonly errors: number;
}

/** autocannon in a child process: requests/s (mean) and p99 latency (ms). */
async function load(url: string, headers: Record<string, string> = {}): Promise<Load> {
  const cannon = async (seconds: number) => {
    const args = [
      'node_modules/autocannon/autocannon.js',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(seconds),
      '-j',
    ];
    for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
    const { stdout } = await run(process.execPath, [...args, url], { maxBuffer: 1 << 26 });
    return JSON.parse(stdout) as {
      requests: { average: number };
      latency: { p99: number };
      errors: number;
      non2xx: number;
    };
  };
  // A short warm-up run first: JIT, connection pools, the database's page cache.
  await cannon(2);
  const result = await cannon(SECONDS);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A throwaway database of each kind. */
async function database(
  kind: 'sqlite' | 'postgres',
): Promise<{ location: StoreLocation; drop: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-bench-'));
    return {
      location: { kind, file: join(dir, 'jixiao.db') },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const admin = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `jixiao_bench_${randomBytes(5).toString('hex')}`;
  const query = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    location: { kind, url: url.toString() },
    drop: () => query(`drop database if exists ${name} with (force)`),
  };
}

async function call(
  base: string,
  path: string,
  init: RequestInit & { token?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (typeof init.body === 'string') headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { ...init, headers });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response;
}

/** Serves on `kind`, imports the seed, and measures the table GET and the import. */
async function measure(kind: 'sqlite' | 'postgres', seed: Buffer) {
  const db = await database(kind);
  const store = await openStore(db.location, { poolSize: 20 });
  const app = await buildApp({ store, webRoot: null, login: { maxPerWindow: 1_000_000 } });
  try {
    await ensureAdministrator(store, { JIXIAO_ADMIN_PASSWORD: PASSWORD });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const json = async (r: Response) => (await r.json()) as Record<string, unknown>;
    const token = async (username: string, password: string) =>
      (
        await json(
          await call(base, '/api/tokens', {
            method: 'POST',
            body: JSON.stringify({ username, password }),
          }),
        )
      ).token as string;
    const admin = await token('admin', PASSWORD);
    const org = async (name: string, kind: string, parentId: string | null) =>
      (
        await json(
          await call(base, '/api/orgs', {
            method: 'POST',
            token: admin,
            body: JSON.stringify({ name, kind, parentId }),
          }),
        )
      ).id as string;
    const unit = await org(
      '单位',
      'unit',
      await org('部门', 'department', await org('财政', 'finance', null)),
    );
    await call(base, '/api/users', {
      method: 'POST',
      token: admin,
      body: JSON.stringify({
        username: 'filer',
        password: 'filer-password',
        orgId: unit,
        role: 'unit-filer',
      }),
    });
    const filer = await token('filer', 'filer-password');

    // Imports over HTTP alternate with reading and reviewing in-process (the baseline), so
    // both meet the same load on a shared machine.
    const importMs: number[] = [];
    const readMs: number[] = [];
    let projectId = '';
    for (let k = 0; k < IMPORTS; k += 1) {
      const form = new FormData();
      form.append('file', new Blob([seed]), '000_a481ffc6149ba1d5.txt');
      let started = performance.now();
      const body = await json(
        await call(base, '/api/imports', { method: 'POST', token: filer, body: form }),
      );
      importMs.push(performance.now() - started);
      projectId = (body.project as { id: string }).id;
      started = performance.now();
      const read = await readTargetTables(new Uint8Array(seed), { file: 'seed.txt' });
      if (read.ok) review(read.tables[0]!);
      readMs.push(performance.now() - started);
    }
    // The first of each warms up (JIT, caches) and is left out.
    const timed = importMs.slice(1).sort((a, b) => a - b);
    const inProcess = readMs.slice(1).sort((a, b) => a - b);
    const table = await (
      await call(base, `/api/projects/${projectId}/table`, { token: filer })
    ).text();
    const get = await load(`${base}/api/projects/${projectId}/table`, {
      authorization: `Bearer ${filer}`,
    });
    // The bare route runs right after, under the same conditions.
    const baseline = await bare(JSON.parse(table));
    return {
      get,
      baseline,
      importP50: percentile(timed, 50),
      importP99: percentile(timed, 99),
      readP50: percentile(inProcess, 50),
    };
  } finally {
    await app.close();
    await store.close();
    await db.drop();
  }
}

/** The bare baseline: the same JSON from memory on a route with nothing else. */
async function bare(table: unknown): Promise<Load> {
  const app = Fastify();
  app.get('/table', async () => table);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    return await load(`${base}/table`);
  } finally {
    await app.close();
  }
}

export async function bench(): Promise<Figures> {
  const seed = await readFile(SEED_PATH);
  const figures: Figures = {};
  for (const kind of ['sqlite', 'postgres'] as const) {
    const m = await measure(kind, seed);
    const { baseline, readP50 } = m;
    if (m.get.errors > 0 || baseline.errors > 0)
      throw new Error(`${kind}: ${m.get.errors} failed requests under load`);
    figures[`server.get-table.${kind}.rps`] = {
      value: round(m.get.rps, 0),
      unit: 'req/s',
      baseline: `bare Fastify route, same JSON from memory: ${round(baseline.rps, 0)} req/s (${CONNECTIONS} connections, ${SECONDS} s)`,
      ratio: round(m.get.rps / baseline.rps),
    };
    figures[`server.get-table.${kind}.p99`] = {
      value: m.get.p99,
      unit: 'ms',
      baseline: `bare Fastify route p99: ${baseline.p99} ms`,
      ratio: round(m.get.p99 / Math.max(baseline.p99, 1)),
    };
    figures[`server.import-seed.${kind}.p50`] = {
      value: round(m.importP50, 1),
      unit: 'ms',
      baseline: `reading and reviewing the seed in-process: p50 ${round(readP50, 1)} ms`,
      ratio: round(m.importP50 / readP50),
    };
    figures[`server.import-seed.${kind}.p99`] = {
      value: round(m.importP99, 1),
      unit: 'ms',
      baseline: `${IMPORTS - 1} imports over HTTP, after one warm-up`,
    };
  }
  return figures;
}
