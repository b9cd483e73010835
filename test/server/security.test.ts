/**
 * Accounts and hostile input: CSRF on cookie writes, lockout, rate limits, secure headers and
 * cookies, bad tokens, and bad uploads answered with the reader's bilingual error (400, 413,
 * 415) while nothing is stored. No answer ever carries a stack trace.
 */

import { readFile } from 'node:fs/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildTargetTable, buildTree, buildUser, type Tree } from '../support/factories.js';
import { anonymous, signIn, withToken } from '../support/http.js';
import { SEED_PATH } from '../support/seed.js';

/** Rows of the tables an import writes to, to prove a refused one wrote nothing. */
async function footprint(store: Store): Promise<number[]> {
  const counts: number[] = [];
  for (const table of ['projects', 'target_versions', 'findings', 'audit_entries'] as const) {
    const row = await store.db
      .selectFrom(table)
      .select(sql<number | string>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    counts.push(Number(row.n));
  }
  return counts;
}

const noStack = (body: string) => expect(body).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);

describeEachDatabase('security', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({
      store,
      webRoot: null,
      limits: { uploadBytes: 64 * 1024, jsonBytes: 256 * 1024 },
      login: { maxPerWindow: 1000 },
    });
    tree = await buildTree(store);
  });
  afterAll(() => app.close());

  describe('sessions, CSRF and tokens', () => {
    it('sets an httpOnly SameSite=Lax cookie and secure headers', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: tree.filerA.user.username, password: tree.filerA.password },
      });
      const cookie = response.cookies.find((c) => c.name === 'jixiao_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(response.body).not.toContain(cookie.value);
    });

    it('refuses a cookie write without the CSRF token, and accepts a bearer write without one', async () => {
      const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
      const table = JSON.stringify(buildTargetTable(5));
      for (const headers of [
        { cookie: filer.cookie },
        { cookie: filer.cookie, 'x-csrf-token': 'forged' },
      ]) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/projects/x/comments',
          headers,
          payload: { body: 'x' },
        });
        expect(response.statusCode).toBe(403);
        expect(response.json()).toMatchObject({ error: { code: 'csrf' } });
      }
      const before = await footprint(store);
      const forged = await anonymous(app).request('POST', '/api/imports', {
        headers: { cookie: filer.cookie, 'content-type': 'application/json' },
        body: table,
      });
      expect(forged.statusCode).toBe(403);
      expect(await footprint(store)).toEqual(before);
      const script = await withToken(app, tree.filerA.user.username, tree.filerA.password);
      expect(
        (await script.upload('/api/imports', { name: 't.json', bytes: table })).statusCode,
      ).toBe(201);
    });

    it('answers 401 to a bad bearer token and to a signed-out session', async () => {
      const bad = await app.inject({
        url: '/api/me',
        headers: { authorization: 'Bearer jx_not-a-token' },
      });
      expect(bad.statusCode).toBe(401);
      const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
      expect((await filer.get('/api/me')).statusCode).toBe(200);
      expect((await filer.request('DELETE', '/api/session')).statusCode).toBe(204);
      expect((await filer.get('/api/me')).statusCode).toBe(401);
    });

    it('locks an account after five failed sign-ins, even against the right password', async () => {
      const victim = await buildUser(store, { role: 'unit-filer', org: tree.unitB });
      const attempt = (password: string) =>
        app.inject({
          method: 'POST',
          url: '/api/session',
          payload: { username: victim.user.username, password },
        });
      for (let i = 0; i < 4; i += 1) expect((await attempt('wrong')).statusCode).toBe(401);
      const fifth = await attempt('wrong');
      expect(fifth.statusCode).toBe(423);
      expect(fifth.json()).toMatchObject({ error: { code: 'accountLocked' } });
      expect((await attempt(victim.password)).statusCode).toBe(423);
      // An unknown user gets the same answer as a wrong password: no account enumeration.
      const unknown = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'nobody-at-all', password: 'x' },
      });
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: tree.filerB.user.username, password: 'wrong' },
      });
      expect([unknown.statusCode, unknown.body]).toEqual([wrong.statusCode, wrong.body]);
    });

    it('rate-limits sign-in attempts per address', async () => {
      const limited = await buildApp({
        store,
        webRoot: null,
        login: { maxPerWindow: 3, windowMs: 60_000 },
      });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 5; i += 1)
          statuses.push(
            (
              await limited.inject({
                method: 'POST',
                url: '/api/tokens',
                payload: { username: 'x', password: 'y' },
              })
            ).statusCode,
          );
        expect(statuses).toEqual([401, 401, 401, 429, 429]);
        const last = await limited.inject({
          method: 'POST',
          url: '/api/tokens',
          payload: { username: 'x', password: 'y' },
        });
        expect(last.json()).toMatchObject({ error: { code: 'rateLimited' } });
      } finally {
        await limited.close();
      }
    });
  });

  describe('bad uploads', () => {
    const cases: [string, Uint8Array | string, number, string][] = [
      ['empty.txt', '', 400, 'empty'],
      [
        'noise.bin',
        new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3, 250, 251, 0, 7]),
        415,
        'binary',
      ],
      [
        'zip.zip',
        new Uint8Array([0x50, 0x4b, 0x03, 0x04, 10, 0, 0, 0, 0, 0, 1, 2, 3, 4]),
        400,
        'corrupt',
      ],
      [
        'legacy.xls',
        new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        415,
        'legacyOffice',
      ],
      ['letter.txt', '尊敬的各位领导：\n今年的工作总结如下。\n', 400, 'noTable'],
      ['bad.json', '{"format": "jixiao.target-table/1", "indicators": 5}', 400, 'badJson'],
      ['huge.txt', 'x'.repeat(65 * 1024), 413, 'tooLarge'],
    ];
    for (const [name, bytes, status, code] of cases)
      it(`refuses ${name} with ${status} ${code}, in both languages, storing nothing`, async () => {
        const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
        const before = await footprint(store);
        const response = await filer.upload('/api/imports', { name, bytes });
        expect(response.statusCode, response.body).toBe(status);
        const body = response.json() as {
          error: { code: string; message: string; messageEn: string };
        };
        expect(body.error.code).toBe(code);
        expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
        expect(body.error.messageEn).toMatch(/[a-z]/);
        noStack(response.body);
        expect(await footprint(store)).toEqual(before);
      });

    it('refuses a body that is not multipart with 415', async () => {
      const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
      const response = await filer.post('/api/imports', { file: 'x' });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ error: { code: 'multipartRequired' } });
    });

    it('answers a dry run with what would be stored, and stores nothing', async () => {
      const big = await buildApp({ store, webRoot: null });
      try {
        const client = await signIn(big, tree.filerA.user.username, tree.filerA.password);
        const before = await footprint(store);
        const response = await client.upload('/api/imports?dryRun=1', {
          name: 'seed.txt',
          bytes: await readFile(SEED_PATH),
        });
        expect(response.statusCode, response.body).toBe(200);
        const body = response.json() as {
          dryRun: boolean;
          orgId: string;
          tables: { table: { indicators: unknown[] }; findings: unknown[] }[];
        };
        expect(body).toMatchObject({ dryRun: true, orgId: tree.unitA.id });
        expect(body.tables[0]!.table.indicators).toHaveLength(164);
        expect(body.tables[0]!.findings.length).toBeGreaterThan(0);
        expect(await footprint(store)).toEqual(before);
      } finally {
        await big.close();
      }
    });

    it('refuses malformed JSON, an oversized body and an invalid table without a stack trace', async () => {
      const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
      const imported = await filer.upload('/api/imports', {
        name: 't.json',
        bytes: JSON.stringify(buildTargetTable(6)),
      });
      const id = (imported.json() as { project: { id: string } }).project.id;
      const url = `/api/projects/${id}/table`;
      const malformed = await filer.request('PUT', url, {
        body: '{"format": ',
        headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      });
      expect(malformed.statusCode).toBe(400);
      noStack(malformed.body);
      const oversized = await filer.request('PUT', url, {
        body: JSON.stringify({ ...buildTargetTable(6), padding: 'x'.repeat(300 * 1024) }),
        headers: { 'content-type': 'application/json', 'if-match': '"1"' },
      });
      expect(oversized.statusCode).toBe(413);
      expect(oversized.json()).toMatchObject({ error: { code: 'payloadTooLarge' } });
      const invalid = await filer.put(
        url,
        { ...buildTargetTable(6), project: { amount: { total: '1.5e9' } } },
        { 'if-match': '"1"' },
      );
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json()).toMatchObject({ error: { code: 'invalidRequest' } });
      noStack(invalid.body);
    });

    it('answers an internal failure with 500, an id and no stack, and stores nothing', async () => {
      const broken = await buildApp({
        store,
        webRoot: null,
        review: () => {
          throw new Error('review exploded at /secret/path.ts:12');
        },
      });
      try {
        const client = await signIn(broken, tree.filerA.user.username, tree.filerA.password);
        const before = await footprint(store);
        const response = await client.upload('/api/imports', {
          name: 't.json',
          bytes: JSON.stringify(buildTargetTable(8)),
        });
        expect(response.statusCode).toBe(500);
        expect(response.json()).toMatchObject({ error: { code: 'internal' } });
        expect(response.body).not.toContain('exploded');
        noStack(response.body);
        expect(await footprint(store)).toEqual(before);
      } finally {
        await broken.close();
      }
    });
  });
});
