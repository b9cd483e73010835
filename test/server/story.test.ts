/**
 * The review story over HTTP, on each database: an administrator builds 财政局 → 科协 → two
 * units; unit A imports the seed; unit B cannot see it; the department returns it with a
 * comment on one indicator; unit A fixes that row and resubmits; finance approves and
 * publishes; the public sees it; the history shows every step; the audit log verifies — and
 * stops verifying once a row of it is edited by hand.
 */

import { readFile } from 'node:fs/promises';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/cli-io.js';
import { auditVerifyCommand, EXIT_TAMPERED } from '../../src/cli/commands/audit.js';
import type { TargetTable } from '../../src/core/table/target-table.js';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildUser } from '../support/factories.js';
import { anonymous, signIn } from '../support/http.js';
import { SEED_PATH } from '../support/seed.js';

describeEachDatabase('the story of a target table', (ctx) => {
  let store: Store;
  let app: ZodApp;
  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null });
  });
  afterAll(() => app.close());

  it('goes from import to publication with every step recorded', async () => {
    const root = await buildUser(store, { role: 'admin', org: null, username: 'root' });
    const admin = await signIn(app, 'root', root.password);

    // The administrator builds the tree and its accounts.
    const org = async (name: string, kind: string, parentId: string | null) => {
      const r = await admin.post('/api/orgs', { name, kind, parentId });
      expect(r.statusCode, r.body).toBe(201);
      return (r.json() as { id: string }).id;
    };
    const finance = await org('深圳市财政局', 'finance', null);
    const department = await org('深圳市科学技术协会', 'department', finance);
    const unitA = await org('深圳市科学技术协会(本级)', 'unit', department);
    const unitB = await org('深圳市科技馆', 'unit', department);
    expect(
      (await admin.post('/api/orgs', { name: 'x', kind: 'unit', parentId: finance })).statusCode,
    ).toBe(400);
    const user = async (username: string, role: string, orgId: string) => {
      const r = await admin.post('/api/users', {
        username,
        password: `${username}-password`,
        orgId,
        role,
      });
      expect(r.statusCode, r.body).toBe(201);
      return signIn(app, username, `${username}-password`);
    };
    const financeReviewer = await user('finance', 'finance-reviewer', finance);
    const reviewer = await user('kexie', 'department-reviewer', department);
    const filerA = await user('unit-a', 'unit-filer', unitA);
    const filerB = await user('unit-b', 'unit-filer', unitB);

    // Unit A imports the seed: 164 indicators, reviewed, stored as a draft.
    const seed = await readFile(SEED_PATH);
    const imported = await filerA.upload('/api/imports', {
      name: '000_a481ffc6149ba1d5.txt',
      bytes: seed,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const body = imported.json() as {
      project: { id: string; state: string; version: number };
      table: TargetTable;
      findings: { indicators?: number[] }[];
      summary: Record<string, number>;
    };
    expect(body.table.indicators).toHaveLength(164);
    expect(body.findings.length).toBeGreaterThan(0);
    expect(body.project).toMatchObject({ state: 'draft', version: 1 });
    const id = body.project.id;
    const findings = await filerA.get(`/api/projects/${id}/findings`);
    expect(findings.json()).toMatchObject({
      version: 1,
      findings: body.findings,
      summary: body.summary,
    });

    // Unit B never learns it exists; neither does the department while it is a draft.
    for (const other of [filerB, reviewer]) {
      expect((await other.get(`/api/projects/${id}`)).statusCode).toBe(404);
      expect((await other.get(`/api/projects/${id}/table`)).statusCode).toBe(404);
      expect((await other.get('/api/projects')).json()).toMatchObject({ items: [], total: 0 });
    }

    // Submitted, the department sees it and returns it with a comment on one indicator.
    expect(
      (await filerA.post(`/api/projects/${id}/transitions`, { action: 'submit' })).statusCode,
    ).toBe(200);
    expect((await reviewer.get(`/api/projects/${id}`)).json()).toMatchObject({
      state: 'submitted',
      actions: ['approve', 'return'],
    });
    const flagged = body.findings.find((f) => f.indicators?.length)?.indicators?.[0] ?? 0;
    const comment = await reviewer.post(`/api/projects/${id}/comments`, {
      body: '指标值与指标不匹配，请修改。',
      indicatorIndex: flagged,
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const noReason = await reviewer.post(`/api/projects/${id}/transitions`, { action: 'return' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json()).toMatchObject({ error: { code: 'commentRequired' } });
    const returned = await reviewer.post(`/api/projects/${id}/transitions`, {
      action: 'return',
      comment: '请按审核意见修改后重新提交。',
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ project: { state: 'returned' } });

    // Unit A sees the comment on the indicator it concerns, fixes that row and resubmits.
    const comments = (
      await filerA.get(`/api/projects/${id}/comments?indicator=${flagged}`)
    ).json() as {
      items: { body: string; indicatorName: string }[];
    };
    expect(comments.items).toHaveLength(1);
    expect(comments.items[0]!.indicatorName).toBe(body.table.indicators[flagged]!.name);
    const current = await filerA.get(`/api/projects/${id}/table`);
    expect(current.headers.etag).toBe('"1"');
    const table = current.json() as TargetTable;
    const fixed = {
      ...table,
      indicators: table.indicators.map((indicator, k) =>
        k === flagged ? { ...indicator, target: { raw: '≥95%' } } : indicator,
      ),
    };
    expect((await filerA.put(`/api/projects/${id}/table`, fixed)).statusCode).toBe(428);
    const saved = await filerA.put(`/api/projects/${id}/table`, fixed, { 'if-match': '"1"' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    expect(saved.json()).toMatchObject({ version: 2, project: { version: 2, state: 'returned' } });
    expect(
      (await filerA.post(`/api/projects/${id}/transitions`, { action: 'submit' })).statusCode,
    ).toBe(200);

    // The department approves, finance approves and publishes; the approved table says why it is locked.
    expect(
      (await reviewer.post(`/api/projects/${id}/transitions`, { action: 'approve' })).statusCode,
    ).toBe(200);
    expect(
      (await financeReviewer.post(`/api/projects/${id}/transitions`, { action: 'approve' }))
        .statusCode,
    ).toBe(200);
    const locked = await filerA.put(`/api/projects/${id}/table`, fixed, { 'if-match': '"2"' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json()).toMatchObject({ error: { code: 'tableLocked' } });
    expect((await filerA.get(`/api/projects/${id}`)).json()).toMatchObject({
      state: 'approved',
      locked: { reason: 'approved' },
    });
    expect(
      (await financeReviewer.post(`/api/projects/${id}/transitions`, { action: 'publish' }))
        .statusCode,
    ).toBe(200);

    // The public list shows it, with the fixed row.
    const publicList = (await anonymous(app).get('/api/public/tables?year=2019')).json() as {
      items: { id: string }[];
    };
    expect(publicList.items.map((p) => p.id)).toContain(id);
    const published = (await anonymous(app).get(`/api/public/tables/${id}`)).json() as TargetTable;
    expect(published.indicators[flagged]!.target.raw).toBe('≥95%');
    expect(published.indicators).toHaveLength(164);

    // The history shows every step.
    const history = (await filerA.get(`/api/projects/${id}/history`)).json() as {
      versions: { number: number }[];
      audit: { action: string; after: { state?: string; action?: string } }[];
    };
    expect(history.versions.map((v) => v.number)).toEqual([2, 1]);
    expect(
      history.audit.map((a) =>
        a.action === 'project.transition' ? `${a.action}:${a.after.action}` : a.action,
      ),
    ).toEqual([
      'project.import',
      'project.transition:submit',
      'comment.create',
      'project.transition:return',
      'comment.create',
      'table.save',
      'project.transition:submit',
      'project.transition:approve',
      'project.transition:approve',
      'project.transition:publish',
    ]);

    // The audit log verifies, and stops verifying after a row is edited through the driver.
    const where =
      ctx.kind === 'sqlite'
        ? { data: ctx.database().dataDir! }
        : { databaseUrl: (ctx.database().location as { url: string }).url };
    const intact = memoryIO();
    expect(await auditVerifyCommand(where, intact)).toBe(0);
    expect(intact.out()).toMatch(/审计日志完整/);
    await editAuditRowByHand(ctx.kind, ctx.database().location, id);
    const tampered = memoryIO();
    expect(await auditVerifyCommand(where, tampered)).toBe(EXIT_TAMPERED);
    expect(tampered.err()).toMatch(/第 \d+ 条：写入后内容被修改/);
    expect(tampered.err()).toMatch(/content was changed/);
  });
});

/** Changes who approved the project, as an insider with database access might try. */
async function editAuditRowByHand(
  kind: 'sqlite' | 'postgres',
  location: { kind: string; file?: string; url?: string },
  projectId: string,
): Promise<void> {
  const statement =
    "update audit_entries set actor_name = 'someone-else' where project_id = $1 and action = 'project.transition' and after_json like '%\"approve\"%'";
  if (kind === 'sqlite') {
    const db = new SQLite(location.file!);
    try {
      const changed = db.prepare(statement.replace('$1', '?')).run(projectId).changes;
      expect(changed).toBeGreaterThan(0);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: location.url! });
  await client.connect();
  try {
    const result = await client.query(statement, [projectId]);
    expect(result.rowCount).toBeGreaterThan(0);
  } finally {
    await client.end();
  }
}
