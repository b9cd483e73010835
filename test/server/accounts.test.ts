/**
 * Administrators manage organisations and accounts over HTTP, inside their own subtree only;
 * a changed password ends the user's sessions; every caller sees only its part of the tree.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import { buildTree, type Tree, unique } from '../support/factories.js';
import { signIn } from '../support/http.js';

describeEachDatabase('accounts over HTTP', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let other: Tree;
  beforeAll(async () => {
    store = await ctx.open();
    app = await buildApp({ store, webRoot: null, login: { maxPerWindow: 1000 } });
    tree = await buildTree(store);
    other = await buildTree(store);
  });
  afterAll(() => app.close());

  it('adds users that fit their organisation, and refuses the rest with the right code', async () => {
    const admin = await signIn(app, tree.admin.user.username, tree.admin.password);
    const add = (body: Record<string, unknown>) => admin.post('/api/users', body);
    const username = unique('filer');
    const created = await add({
      username,
      password: 'long-enough',
      orgId: tree.unitA.id,
      role: 'unit-filer',
      displayName: '填报人',
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      username,
      role: 'unit-filer',
      orgId: tree.unitA.id,
      orgName: tree.unitA.name,
      displayName: '填报人',
    });
    expect(created.body).not.toMatch(/password|hash/i);
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { username, password: 'long-enough', orgId: tree.unitA.id, role: 'unit-filer' },
        409,
        'usernameTaken',
      ],
      [
        { username: unique('x'), password: 'short', orgId: tree.unitA.id, role: 'unit-filer' },
        400,
        'weakPassword',
      ],
      [
        {
          username: unique('x'),
          password: 'long-enough',
          orgId: tree.unitA.id,
          role: 'finance-reviewer',
        },
        400,
        'roleNotAllowed',
      ],
      [
        {
          username: unique('x'),
          password: 'long-enough',
          orgId: other.unitA.id,
          role: 'unit-filer',
        },
        404,
        'notFound',
      ],
      [
        {
          username: 'bad name!',
          password: 'long-enough',
          orgId: tree.unitA.id,
          role: 'unit-filer',
        },
        400,
        'invalidRequest',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await add(body);
      expect([
        response.statusCode,
        (response.json() as { error: { code: string } }).error.code,
      ]).toEqual([status, code]);
    }
  });

  it('changes a role and a password; the password change ends the old sessions', async () => {
    const admin = await signIn(app, tree.admin.user.username, tree.admin.password);
    const username = unique('reviewer');
    const created = (
      await admin.post('/api/users', {
        username,
        password: 'first-password',
        orgId: tree.department.id,
        role: 'department-reviewer',
      })
    ).json() as { id: string };
    const session = await signIn(app, username, 'first-password');
    expect(
      (
        await admin.request('PATCH', `/api/users/${created.id}`, { body: { role: 'admin' } })
      ).json(),
    ).toMatchObject({ role: 'admin' });
    expect((await session.get('/api/me')).json()).toMatchObject({ user: { role: 'admin' } });
    expect(
      (
        await admin.request('PATCH', `/api/users/${created.id}`, {
          body: { password: 'second-password' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await session.get('/api/me')).statusCode).toBe(401);
    await signIn(app, username, 'second-password');
    const outsider = await signIn(app, other.admin.user.username, other.admin.password);
    expect(
      (
        await outsider.request('PATCH', `/api/users/${created.id}`, {
          body: { role: 'department-reviewer' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('shows every caller its own subtree of organisations and users only', async () => {
    const ids = async (client: Awaited<ReturnType<typeof signIn>>, url: string) =>
      ((await client.get(url)).json() as { items: { id: string }[] }).items.map((i) => i.id);
    const admin = await signIn(app, tree.admin.user.username, tree.admin.password);
    const orgs = await ids(admin, '/api/orgs');
    expect(orgs).toContain(tree.unitB.id);
    expect(orgs).not.toContain(other.finance.id);
    const reviewer = await signIn(
      app,
      tree.departmentReviewer.user.username,
      tree.departmentReviewer.password,
    );
    expect(new Set(await ids(reviewer, '/api/orgs'))).toEqual(
      new Set([tree.department.id, tree.unitA.id, tree.unitB.id]),
    );
    const filer = await signIn(app, tree.filerA.user.username, tree.filerA.password);
    expect(await ids(filer, '/api/orgs')).toEqual([tree.unitA.id]);
    const users = await ids(admin, '/api/users');
    expect(users).toContain(tree.filerB.user.id);
    expect(users).not.toContain(other.filerA.user.id);
    expect((await filer.get('/api/users')).statusCode).toBe(403);
  });
});
