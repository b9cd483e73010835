/**
 * The administration commands, called as functions the way the binary calls them, on each
 * database: organisations, users, roles, passwords, tokens, import, audit, serve, and backup
 * and restore of the embedded database.
 */

import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/cli-io.js';
import { auditVerifyCommand } from '../../src/cli/commands/audit.js';
import { backupCommand } from '../../src/cli/commands/backup.js';
import { importCommand } from '../../src/cli/commands/import.js';
import { orgAddCommand, orgListCommand } from '../../src/cli/commands/org.js';
import { restoreCommand } from '../../src/cli/commands/restore.js';
import { serveCommand } from '../../src/cli/commands/serve.js';
import type { StoreOptions } from '../../src/cli/commands/store-options.js';
import { tokenCreateCommand } from '../../src/cli/commands/token.js';
import {
  userAddCommand,
  userListCommand,
  userResetPasswordCommand,
  userSetRoleCommand,
} from '../../src/cli/commands/user.js';
import { buildApp } from '../../src/server/app.js';
import { authenticate } from '../../src/store/accounts.js';
import { listProjects } from '../../src/store/repositories/project.repository.js';
import { findCredentials } from '../../src/store/repositories/user.repository.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { SEED_PATH } from '../support/seed.js';

const lastId = (text: string): string => [...text.matchAll(/[0-9a-f-]{36}/g)].at(-1)![0];

describeEachDatabase('administration commands', (ctx) => {
  let where: StoreOptions;
  let store: Store;
  beforeAll(async () => {
    const db = ctx.database();
    where =
      db.location.kind === 'sqlite' ? { data: db.dataDir! } : { databaseUrl: db.location.url };
    store = await ctx.open();
  });

  it('serves until SIGTERM, creating the first administrator when there is none', async () => {
    const signals = new EventEmitter();
    const io = memoryIO();
    const running = serveCommand({ ...where, port: 0 }, io, signals);
    let url: string | undefined;
    for (let i = 0; i < 200 && !url; i += 1) {
      url = /jixiao 已启动：(\S+)（/.exec(io.out())?.[1];
      if (!url) await new Promise((r) => setTimeout(r, 25));
    }
    expect(url).toBeDefined();
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: ctx.kind });
    signals.emit('SIGTERM');
    expect(await running).toBe(0);
    expect(io.out()).toMatch(/已创建首个管理员“admin”，密码：(\S+)（仅显示这一次/);
    const password = /已创建首个管理员“admin”，密码：(\S+)（/.exec(io.out())![1]!;
    expect((await authenticate(store.db, 'admin', password)).kind).toBe('ok');
  });

  it('builds a tree, adds users, changes a role and a password, creates a working token', async () => {
    const io = memoryIO();
    expect(await orgAddCommand('成都市财政局', { ...where, kind: 'finance' }, io)).toBe(0);
    const finance = lastId(io.out());
    expect(
      await orgAddCommand('成都市教育局', { ...where, kind: 'department', parent: finance }, io),
    ).toBe(0);
    expect(
      await orgAddCommand('成都七中', { ...where, kind: 'unit', parent: '成都市教育局' }, io),
    ).toBe(0);
    const refused = memoryIO();
    expect(await orgAddCommand('错层', { ...where, kind: 'unit', parent: finance }, refused)).toBe(
      1,
    );
    expect(refused.err()).toMatch(/不能在“成都市财政局”下新建“unit”/);
    expect(
      await orgAddCommand('x', { ...where, kind: 'unit', parent: 'no such org' }, refused),
    ).toBe(1);

    const list = memoryIO();
    expect(await orgListCommand(where, list)).toBe(0);
    expect(list.out()).toMatch(
      /^成都市财政局\tfinance\t.*\n {2}成都市教育局\tdepartment\t.*\n {4}成都七中\tunit\t/m,
    );

    const add = memoryIO();
    expect(
      await userAddCommand('cd-filer', { ...where, role: 'unit-filer', org: '成都七中' }, add),
    ).toBe(0);
    const generated = /密码：(\S+)（仅显示这一次）/.exec(add.out())![1]!;
    expect((await authenticate(store.db, 'cd-filer', generated)).kind).toBe('ok');
    const wrongRole = memoryIO();
    expect(
      await userAddCommand(
        'cd-x',
        { ...where, role: 'finance-reviewer', org: '成都七中' },
        wrongRole,
      ),
    ).toBe(1);
    expect(
      await userAddCommand(
        'cd-filer',
        { ...where, role: 'unit-filer', org: '成都七中', password: 'long-enough' },
        wrongRole,
      ),
    ).toBe(1);
    expect(wrongRole.err()).toMatch(/已被使用/);
    expect(
      await userAddCommand(
        'cd-dept',
        { ...where, role: 'department-reviewer', org: '成都市教育局', password: 'dept-password' },
        add,
      ),
    ).toBe(0);
    expect(await userSetRoleCommand('cd-dept', 'admin', where, add)).toBe(0);
    expect((await findCredentials(store.db, 'cd-dept'))?.role).toBe('admin');
    expect(await userSetRoleCommand('cd-dept', 'unit-filer', where, wrongRole)).toBe(1);

    const users = memoryIO();
    expect(await userListCommand({ ...where, org: '成都七中' }, users)).toBe(0);
    expect(users.out()).toBe('cd-filer\tunit-filer\t成都七中\n');

    expect(
      await userResetPasswordCommand('cd-filer', { ...where, password: 'a-new-password' }, add),
    ).toBe(0);
    expect((await authenticate(store.db, 'cd-filer', generated)).kind).toBe('bad-credentials');
    expect((await authenticate(store.db, 'cd-filer', 'a-new-password')).kind).toBe('ok');

    const tokenIO = memoryIO();
    expect(await tokenCreateCommand('cd-filer', { ...where, name: 'nightly' }, tokenIO)).toBe(0);
    const token = tokenIO.out().trim().split('\n').at(-1)!;
    const app = await buildApp({ store, webRoot: null });
    const me = await app.inject({ url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json()).toMatchObject({
      user: { username: 'cd-filer', role: 'unit-filer' },
      csrfToken: null,
    });
    await app.close();
  });

  it('imports files as draft projects, refusing a bad file and storing nothing of it', async () => {
    const io = memoryIO();
    await orgAddCommand('武汉市财政局', { ...where, kind: 'finance' }, io);
    await orgAddCommand(
      '武汉市卫健委',
      { ...where, kind: 'department', parent: '武汉市财政局' },
      io,
    );
    await orgAddCommand('武汉市第一医院', { ...where, kind: 'unit', parent: '武汉市卫健委' }, io);
    const unit = lastId(io.out());
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-import-'));
    try {
      const bad = join(dir, 'bad.bin');
      await writeFile(bad, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8]));
      const dry = memoryIO();
      expect(await importCommand([SEED_PATH], { ...where, org: unit, dryRun: true }, dry)).toBe(0);
      expect(dry.out()).toMatch(/试运行，未保存.*164 条指标/);
      const run = memoryIO();
      expect(await importCommand([SEED_PATH, bad], { ...where, org: unit }, run)).toBe(2);
      expect(run.out()).toMatch(/已导入“科学技术普及”：164 条指标/);
      expect(run.err()).toMatch(/bad\.bin/);
      const { projects } = await listProjects(store.db, {
        scopePath: null,
        states: ['draft'],
        orgId: unit,
        limit: 10,
        offset: 0,
      });
      expect(projects.map((p) => [p.name, p.indicatorCount])).toEqual([['科学技术普及', 164]]);
      const audit = memoryIO();
      expect(await auditVerifyCommand(where, audit)).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('backs up the embedded database while it is open and restores it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jixiao-backup-'));
    try {
      const file = join(dir, 'backup.db');
      const io = memoryIO();
      if (ctx.kind === 'postgres') {
        expect(await backupCommand(file, where, io)).toBe(1);
        expect(io.err()).toMatch(/pg_dump/);
        return;
      }
      // The store stays open (as a running server would hold it) during the backup.
      expect(await backupCommand(file, where, io)).toBe(0);
      expect(await backupCommand(file, where, io)).toBe(1);
      const before = await listProjects(store.db, {
        scopePath: null,
        states: ['draft'],
        limit: 100,
        offset: 0,
      });
      const restoredDir = join(dir, 'restored');
      expect(await restoreCommand(file, { data: restoredDir }, io)).toBe(0);
      expect(existsSync(join(restoredDir, 'jixiao.db'))).toBe(true);
      const check = memoryIO();
      expect(await auditVerifyCommand({ data: restoredDir }, check)).toBe(0);
      const { openStore } = await import('../../src/store/store.js');
      const restored = await openStore({ kind: 'sqlite', file: join(restoredDir, 'jixiao.db') });
      const after = await listProjects(restored.db, {
        scopePath: null,
        states: ['draft'],
        limit: 100,
        offset: 0,
      });
      await restored.close();
      expect(after.projects.map((p) => p.id)).toEqual(before.projects.map((p) => p.id));
      const notBackup = join(dir, 'not.db');
      await writeFile(notBackup, await readFile(SEED_PATH));
      expect(await restoreCommand(notBackup, { data: restoredDir }, io)).toBe(1);
      expect(io.err()).toMatch(/不是 jixiao 数据库备份/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
