/**
 * The store's contract, run on SQLite and on PostgreSQL: the same calls give the same results
 * on both, writes are atomic and audited, and saves compare-and-set their version.
 */

import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { TRANSITIONS } from '../../src/core/workflow/transitions.js';
import { authenticate, sessionId, startSession } from '../../src/store/accounts.js';
import { isUniqueViolation } from '../../src/store/errors.js';
import { write } from '../../src/store/mutate.js';
import { listProjectAudit, verifyAudit } from '../../src/store/repositories/audit.repository.js';
import type { StoredFinding } from '../../src/store/repositories/finding.repository.js';
import { listFindings } from '../../src/store/repositories/finding.repository.js';
import { listOrgs } from '../../src/store/repositories/org.repository.js';
import {
  applyTransition,
  createProject,
  findProject,
  findProjectTable,
  saveTable,
} from '../../src/store/repositories/project.repository.js';
import { findSessionActor } from '../../src/store/repositories/session.repository.js';
import { insertUser } from '../../src/store/repositories/user.repository.js';
import { listVersions } from '../../src/store/repositories/version.repository.js';
import { migrate, type Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import {
  buildOrg,
  buildTargetTable,
  buildTree,
  buildUser,
  SETUP,
  type Tree,
} from '../support/factories.js';

const FINDINGS: StoredFinding[] = [
  {
    rule: 'r1',
    category: 'missing',
    severity: 'error',
    message: '缺',
    messageEn: 'missing',
    indicators: [0],
  },
  { rule: 'r2', category: 'format', severity: 'warning', message: '式', messageEn: 'format' },
];

describeEachDatabase('store contract', (ctx) => {
  let store: Store;
  let tree: Tree;
  beforeAll(async () => {
    store = await ctx.open();
    tree = await buildTree(store);
  });

  it('migrates a second time without change, data intact', async () => {
    await migrate(store.db);
    const orgs = await listOrgs(store.db, tree.finance.path);
    expect(orgs).toHaveLength(6);
    // Parents come before their children.
    orgs.forEach((org, i) => {
      if (org.parentId) expect(orgs.slice(0, i).map((o) => o.id)).toContain(org.parentId);
    });
  });

  it('lists an organisation subtree by path', async () => {
    const under = await listOrgs(store.db, tree.department.path);
    expect(new Set(under.map((o) => o.id))).toEqual(
      new Set([tree.department.id, tree.unitA.id, tree.unitB.id]),
    );
  });

  it('refuses a second user with the same name, as a unique violation', async () => {
    const error = await write(store.db, SETUP, {}, (tx) =>
      insertUser(tx, {
        username: tree.filerA.user.username,
        role: 'unit-filer',
        orgId: tree.unitA.id,
        passwordHash: 'x',
      }),
    ).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('signs in with the right password and locks after five wrong ones', async () => {
    const u = await buildUser(store, { role: 'unit-filer', org: tree.unitB });
    const clock = () => new Date('2024-03-01T08:00:00Z');
    const ok = await authenticate(store.db, u.user.username, u.password, { clock });
    expect(ok.kind).toBe('ok');
    for (let i = 0; i < 4; i += 1)
      expect((await authenticate(store.db, u.user.username, 'wrong', { clock })).kind).toBe(
        'bad-credentials',
      );
    const fifth = await authenticate(store.db, u.user.username, 'wrong', { clock });
    expect(fifth).toEqual({ kind: 'locked', until: '2024-03-01T08:15:00.000Z' });
    // Even the right password is refused while locked, and accepted again afterwards.
    expect((await authenticate(store.db, u.user.username, u.password, { clock })).kind).toBe(
      'locked',
    );
    const later = () => new Date('2024-03-01T08:16:00Z');
    expect((await authenticate(store.db, u.user.username, u.password, { clock: later })).kind).toBe(
      'ok',
    );
    expect((await authenticate(store.db, 'nobody-here', 'x', { clock })).kind).toBe(
      'bad-credentials',
    );
  });

  it('finds a live session by its secret and forgets an expired one', async () => {
    const clock = () => new Date('2024-03-01T08:00:00Z');
    const session = await startSession(store.db, tree.filerA.actor, { clock, ttlHours: 1 });
    const found = await findSessionActor(
      store.db,
      sessionId(session.token),
      '2024-03-01T08:30:00.000Z',
    );
    expect(found?.actor).toEqual(tree.filerA.actor);
    expect(found?.csrfToken).toBe(session.csrfToken);
    expect(
      await findSessionActor(store.db, sessionId(session.token), '2024-03-01T09:00:01.000Z'),
    ).toBeUndefined();
    expect(
      await findSessionActor(store.db, sessionId(`${session.token}x`), '2024-03-01T08:30:00.000Z'),
    ).toBeUndefined();
  });

  describe('projects and versions', () => {
    it('creates a project with version 1, its findings and an audit entry, in one go', async () => {
      const table = buildTargetTable(11);
      const { project, version } = await write(
        store.db,
        { id: tree.filerA.user.id, name: tree.filerA.user.username },
        {},
        (tx) =>
          createProject(
            tx,
            tree.unitA,
            { table, findings: FINDINGS, source: 'import', note: 'a.xlsx' },
            '未命名',
          ),
      );
      expect(project).toMatchObject({
        state: 'draft',
        version: 1,
        orgId: tree.unitA.id,
        name: table.project.name,
        amountTotal: table.project.amount.total,
      });
      expect(project.findingSummary).toEqual({ error: 1, warning: 1, info: 0 });
      expect(version.number).toBe(1);
      const stored = await findProjectTable(store.db, project.id);
      expect(JSON.parse(stored!.tableJson)).toEqual(JSON.parse(JSON.stringify(table)));
      expect(stored!.project).toEqual(project);
      expect(await listFindings(store.db, version.id)).toEqual(FINDINGS);
      const audit = await listProjectAudit(store.db, project.id);
      expect(audit.map((a) => a.action)).toEqual(['project.import']);
      expect(audit[0]!.after).toMatchObject({
        version: 1,
        indicators: table.indicators.length,
        sha256: version.sha256,
      });
    });

    it('saves from the current version and refuses a stale one without writing anything', async () => {
      const who = { id: tree.filerA.user.id, name: tree.filerA.user.username };
      const { project } = await write(store.db, who, {}, (tx) =>
        createProject(
          tx,
          tree.unitA,
          { table: buildTargetTable(12), findings: [], source: 'import', note: null },
          '未命名',
        ),
      );
      const second = buildTargetTable(13);
      const saved = await write(store.db, who, {}, (tx) =>
        saveTable(tx, project, 1, {
          table: second,
          findings: FINDINGS,
          source: 'edit',
          note: null,
        }),
      );
      expect(saved.kind).toBe('saved');
      const auditBefore = (await verifyAudit(store.db)).entries;
      const stale = await write(store.db, who, {}, (tx) =>
        saveTable(tx, project, 1, {
          table: buildTargetTable(14),
          findings: [],
          source: 'edit',
          note: null,
        }),
      );
      expect(stale).toEqual({ kind: 'conflict', current: 2 });
      expect((await verifyAudit(store.db)).entries).toBe(auditBefore);
      expect((await listVersions(store.db, project.id)).map((v) => v.number)).toEqual([2, 1]);
      const now = await findProjectTable(store.db, project.id);
      expect(JSON.parse(now!.tableJson).project.name).toBe(second.project.name);
      expect(now!.project.findingSummary).toEqual({ error: 1, warning: 1, info: 0 });
    });

    it('lets exactly one of two concurrent saves from the same version win', async () => {
      const who = { id: tree.filerA.user.id, name: tree.filerA.user.username };
      const { project } = await write(store.db, who, {}, (tx) =>
        createProject(
          tx,
          tree.unitA,
          { table: buildTargetTable(15), findings: [], source: 'import', note: null },
          '未命名',
        ),
      );
      const tables = [buildTargetTable(16), buildTargetTable(17)];
      const results = await Promise.all(
        tables.map((table) =>
          write(store.db, who, {}, (tx) =>
            saveTable(tx, project, 1, { table, findings: [], source: 'edit', note: null }),
          ),
        ),
      );
      expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
      const winner = results.findIndex((r) => r.kind === 'saved');
      const stored = await findProjectTable(store.db, project.id);
      expect(JSON.parse(stored!.tableJson)).toEqual(JSON.parse(JSON.stringify(tables[winner])));
      expect((await listVersions(store.db, project.id)).length).toBe(2);
    });

    it('moves along a transition only from its own state', async () => {
      const who = { id: tree.filerA.user.id, name: tree.filerA.user.username };
      const { project } = await write(store.db, who, {}, (tx) =>
        createProject(
          tx,
          tree.unitA,
          { table: buildTargetTable(18), findings: [], source: 'import', note: null },
          '未命名',
        ),
      );
      const submit = TRANSITIONS.find((t) => t.action === 'submit' && t.from === 'draft')!;
      const moved = await write(store.db, who, {}, (tx) =>
        applyTransition(tx, project, submit, null),
      );
      expect(moved?.state).toBe('submitted');
      const again = await write(store.db, who, {}, (tx) =>
        applyTransition(tx, project, submit, null),
      );
      expect(again).toBeUndefined();
      expect((await findProject(store.db, project.id))?.state).toBe('submitted');
    });
  });

  describe('audit chain', () => {
    it('verifies, then names an edited, a deleted and a truncated entry', async () => {
      const org = await buildOrg(store, { kind: 'finance' });
      for (let i = 0; i < 4; i += 1) await buildOrg(store, { kind: 'department', parent: org });
      expect((await verifyAudit(store.db)).ok).toBe(true);

      await sql`update audit_entries set after_json = ${'{"name":"x"}'} where org_id = ${org.id} and seq = 1`.execute(
        store.db,
      );
      const edited = await verifyAudit(store.db);
      expect(edited.ok).toBe(false);
      expect(edited.problems).toContainEqual({ orgId: org.id, seq: 1, kind: 'edited' });

      const other = await buildOrg(store, { kind: 'finance' });
      await buildOrg(store, { kind: 'department', parent: other });
      await buildOrg(store, { kind: 'department', parent: other });
      await sql`delete from audit_entries where org_id = ${other.id} and seq = 1`.execute(store.db);
      expect((await verifyAudit(store.db)).problems).toContainEqual({
        orgId: other.id,
        seq: 1,
        kind: 'missing',
        toSeq: 1,
      });
      await sql`delete from audit_entries where org_id = ${other.id} and seq = 3`.execute(store.db);
      expect((await verifyAudit(store.db)).problems).toContainEqual({
        orgId: other.id,
        seq: 3,
        kind: 'truncated',
        toSeq: 3,
      });
    });
  });
});
