/**
 * A server killed with SIGKILL in the middle of a large import leaves either the whole table
 * (its version, every finding, its audit entry) or nothing — never a part. The server runs as
 * `jixiao serve` in a child process (the compiled binary that `npm test` builds), on a temporary
 * data folder or a fresh PostgreSQL database, and is killed at several moments after it starts
 * storing the table, then restarted and inspected.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/cli-io.js';
import { auditVerifyCommand } from '../../src/cli/commands/audit.js';
import { parseTargetValue } from '../../src/core/value/parse.js';
import { openStore } from '../../src/store/store.js';
import { generateTables, toTabText } from '../support/corpus.js';
import { describeEachDatabase } from '../support/db.js';

const BINARY = 'bin/jixiao.js';
const INDICATORS = 20_000;
const PASSWORD = 'crash-test-admin-password';

/** A large table whose every row draws a finding: one version row and 20,000 finding rows. */
function bigTable(): string {
  const base = generateTables(1, 5)[0]!;
  const quality = base.indicators.find((i) => i.level2 === 'quality')!;
  const indicators = Array.from({ length: INDICATORS }, (_, k) => ({
    ...quality,
    name: `第${k}号设备正常运行率`,
    target: parseTargetValue('1起', { year: base.project.year }),
  }));
  return toTabText({ ...base, project: { ...base.project, name: '大型导入' }, indicators });
}

/** A `jixiao serve` child process and what it printed. */
class ServerProcess {
  private output = '';
  private readonly child: ChildProcess;
  readonly exited: Promise<void>;

  constructor(args: readonly string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(process.execPath, [BINARY, 'serve', '--port', '0', ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    });
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  /** Waits until the output matches `pattern`; returns the match. */
  async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpExecArray> {
    const start = Date.now();
    for (;;) {
      const match = pattern.exec(this.output);
      if (match) return match;
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      if (Date.now() - start > timeoutMs)
        throw new Error(`timed out waiting for ${pattern}:\n${this.output.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** How many times `text` has been printed so far. */
  count(text: string): number {
    return this.output.split(text).length - 1;
  }

  /** Waits until `text` has been printed more than `seen` times. */
  async waitForMore(text: string, seen: number, timeoutMs = 120_000): Promise<void> {
    const start = Date.now();
    while (this.count(text) <= seen) {
      if (this.child.exitCode !== null) throw new Error(`server exited early:\n${this.output}`);
      if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${text}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  async url(): Promise<string> {
    return (await this.waitFor(/is listening on (http:\/\/\S+) \(database/))[1]!;
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    await this.exited;
  }
}

describeEachDatabase('a server killed during a large import', (ctx) => {
  let args: string[];
  let env: NodeJS.ProcessEnv;
  let file: string;
  const servers: ServerProcess[] = [];
  beforeAll(() => {
    if (!existsSync('dist/cli/main.js'))
      throw new Error(
        'the compiled binary is missing: run `npx tsc -p tsconfig.build.json` (npm test builds it)',
      );
    const db = ctx.database();
    args =
      db.location.kind === 'sqlite' ? ['--data', db.dataDir!] : ['--database-url', db.location.url];
    env = { JIXIAO_ADMIN_PASSWORD: PASSWORD, DATABASE_URL: '' };
    file = bigTable();
  });
  afterAll(async () => {
    for (const server of servers) await server.kill().catch(() => undefined);
  });

  const start = async () => {
    const server = new ServerProcess(args, env);
    servers.push(server);
    return { server, url: await server.url() };
  };

  const api = async (url: string, token: string | null, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url}${path}`, {
      ...init,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(init.body && !(init.body instanceof FormData)
          ? { 'content-type': 'application/json' }
          : {}),
      },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  /** Every project with its version, finding rows and audit entry all present and matching. */
  const inspect = async () => {
    const store = await openStore(ctx.database().location);
    try {
      const rows = await store.db
        .selectFrom('projects')
        .innerJoin('target_versions', 'target_versions.id', 'projects.current_version_id')
        .select([
          'projects.id',
          'projects.name',
          'projects.indicator_count',
          'target_versions.indicator_count as version_indicators',
          sql<number>`projects.finding_errors + projects.finding_warnings + projects.finding_infos`.as(
            'summary',
          ),
          (eb) =>
            eb
              .selectFrom('findings')
              .select(sql<number | string>`count(*)`.as('n'))
              .whereRef('findings.version_id', '=', 'target_versions.id')
              .as('finding_rows'),
          (eb) =>
            eb
              .selectFrom('audit_entries')
              .select(sql<number | string>`count(*)`.as('n'))
              .whereRef('audit_entries.project_id', '=', 'projects.id')
              .as('audit_rows'),
        ])
        .where('projects.name', '=', '大型导入')
        .execute();
      const orphans = await store.db
        .selectFrom('target_versions')
        .leftJoin('projects', 'projects.id', 'target_versions.project_id')
        .select('target_versions.id')
        .where('projects.id', 'is', null)
        .execute();
      return { rows, orphans: orphans.length };
    } finally {
      await store.close();
    }
  };

  it('keeps all of the table or none of it, whenever the process dies', async () => {
    let { server, url } = await start();
    const admin = (
      await api(url, null, '/api/tokens', {
        method: 'POST',
        body: JSON.stringify({ username: 'admin', password: PASSWORD }),
      })
    ).body.token as string;
    const org = async (name: string, kind: string, parentId: string | null) =>
      (
        await api(url, admin, '/api/orgs', {
          method: 'POST',
          body: JSON.stringify({ name, kind, parentId }),
        })
      ).body.id as string;
    const unit = await org(
      '单位',
      'unit',
      await org('部门', 'department', await org('财政', 'finance', null)),
    );
    await api(url, admin, '/api/users', {
      method: 'POST',
      body: JSON.stringify({
        username: 'filer',
        password: 'filer-password',
        orgId: unit,
        role: 'unit-filer',
      }),
    });
    const filer = (
      await api(url, null, '/api/tokens', {
        method: 'POST',
        body: JSON.stringify({ username: 'filer', password: 'filer-password' }),
      })
    ).body.token as string;
    const upload = () => {
      const form = new FormData();
      form.append('file', new Blob([file]), 'big.txt');
      return api(url, filer, '/api/imports', { method: 'POST', body: form });
    };

    // A first import runs to the end, to learn how long storing takes (T, from the server's
    // log); the kills then land at fractions of T after storing begins, i.e. inside the
    // transaction, and once well after it.
    expect((await upload()).status).toBe(201);
    const storeMs = Number((await server.waitFor(/"ms":(\d+)[^\n]*"msg":"import\.stored"/))[1]);
    let stored = (await inspect()).rows.length;
    expect(stored).toBe(1);
    const outcomes: string[] = [];
    for (const fraction of [0, 0.25, 0.5, 0.75, 3]) {
      const delayMs = Math.round(storeMs * fraction);
      const seen = server.count('import.store"');
      const request = upload().catch(() => null);
      await server.waitForMore('import.store"', seen);
      await new Promise((r) => setTimeout(r, delayMs));
      await server.kill();
      const answered = await request;
      ({ server, url } = await start());
      const { rows, orphans } = await inspect();
      expect(orphans).toBe(0);
      expect(rows.length === stored || rows.length === stored + 1).toBe(true);
      for (const row of rows) {
        expect(row.indicator_count).toBe(INDICATORS);
        expect(row.version_indicators).toBe(INDICATORS);
        expect(Number(row.finding_rows)).toBe(Number(row.summary));
        expect(Number(row.finding_rows)).toBeGreaterThanOrEqual(INDICATORS);
        expect(Number(row.audit_rows)).toBe(1);
      }
      outcomes.push(
        `${delayMs} ms: ${rows.length > stored ? 'whole table' : 'nothing'}${answered ? ` (answered ${answered.status})` : ''}`,
      );
      stored = rows.length;
      const check = memoryIO();
      const where = args[0] === '--data' ? { data: args[1]! } : { databaseUrl: args[1]! };
      expect(await auditVerifyCommand(where, check)).toBe(0);
    }
    // The restarted server still serves, and the same file imports whole when left alone.
    const complete = await upload();
    expect(complete.status).toBe(201);
    expect((await inspect()).rows.length).toBe(stored + 1);
    await server.stop();
    console.info(`[${ctx.kind}] storing took ${storeMs} ms; SIGKILL after: ${outcomes.join('; ')}`);
  }, 600_000);
});
