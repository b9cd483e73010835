/**
 * Every API route × every role × inside and outside the role's scope, plus the anonymous
 * caller. The route list comes from the server itself (`listRoutes`): a route without a row
 * here fails the test, so a new route cannot be forgotten. Expected statuses are written out
 * by hand from DESIGN.md's rules, not computed by the policies they check.
 */

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/policy/actor.js';
import type { ProjectState } from '../../src/core/workflow/states.js';
import { buildApp } from '../../src/server/app.js';
import { listRoutes } from '../../src/server/route-registry.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import { write } from '../../src/store/mutate.js';
import {
  createProject,
  type ProjectRecord,
} from '../../src/store/repositories/project.repository.js';
import type { Store } from '../../src/store/store.js';
import { describeEachDatabase } from '../support/db.js';
import {
  type BuiltUser,
  buildTargetTable,
  buildTree,
  buildUser,
  SETUP,
  type Tree,
} from '../support/factories.js';
import { anonymous, type Client, multipart, signIn } from '../support/http.js';
import { moveTo } from '../support/workflow.js';
import { assignInsideEvaluator, evaluationRows } from './evaluator/matrix-rows.js';
import { importJobRows } from './imports/matrix-rows.js';
import { all, CALLERS, type Caller, type MatrixFixture, type MatrixRow, scoped } from './matrix.js';
import { selfEvaluationRows } from './self-evaluation/matrix-rows.js';
import { evidenceFolder } from './self-evaluation/support.js';

/** Who sees a submitted table: everyone in scope but the evaluator. */
const VIEW_SUBMITTED = {
  admin: 200,
  'finance-reviewer': 200,
  'department-reviewer': 200,
  'unit-filer': 200,
  evaluator: 404,
} as const;
const ADMIN_ONLY = (ok: number) => ({
  admin: ok,
  'finance-reviewer': 403,
  'department-reviewer': 403,
  'unit-filer': 403,
  evaluator: 403,
});

const password = (f: MatrixFixture) => ({
  username: f.user?.user.username ?? 'nobody',
  password: f.user?.password ?? 'wrong-password',
});
const p = (f: MatrixFixture, rest = '') => `/api/projects/${f.project.id}${rest}`;

/** The store and evidence folder of the suite running now, for rows that create records first. */
const current: { store?: Store; evidenceDir?: string } = {};

const MATRIX: Readonly<Record<string, MatrixRow>> = {
  ...selfEvaluationRows({ store: () => current.store!, evidenceDir: () => current.evidenceDir! }),
  ...evaluationRows({ store: () => current.store! }),
  ...importJobRows({ store: () => current.store! }),
  'GET /healthz': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/healthz' }),
    expect: all(200, 200),
  },
  'GET /api/openapi.json': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/openapi.json' }),
    expect: all(200, 200),
  },
  'POST /api/session': {
    state: 'submitted',
    request: (f) => ({ method: 'POST', url: '/api/session', body: password(f) }),
    expect: all(401, 200),
  },
  'DELETE /api/session': {
    state: 'submitted',
    request: () => ({ method: 'DELETE', url: '/api/session', fresh: true }),
    expect: all(204, 204),
  },
  'GET /api/me': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/me' }),
    expect: all(401, 200),
  },
  'POST /api/tokens': {
    state: 'submitted',
    request: (f) => ({ method: 'POST', url: '/api/tokens', body: password(f) }),
    expect: all(401, 201),
  },
  'GET /api/orgs': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/orgs' }),
    expect: all(401, 200),
  },
  'POST /api/orgs': {
    state: 'submitted',
    request: (f) => ({
      method: 'POST',
      url: '/api/orgs',
      body: {
        name: `unit-${randomBytes(3).toString('hex')}`,
        kind: 'unit',
        parentId: f.tree.department.id,
      },
    }),
    expect: scoped(ADMIN_ONLY(201), ADMIN_ONLY(404)),
  },
  'GET /api/users': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/users' }),
    expect: scoped(ADMIN_ONLY(200), ADMIN_ONLY(200)),
  },
  'POST /api/users': {
    state: 'submitted',
    request: (f) => ({
      method: 'POST',
      url: '/api/users',
      body: {
        username: `u-${randomBytes(4).toString('hex')}`,
        password: 'long-enough-1',
        orgId: f.tree.unitA.id,
        role: 'unit-filer',
      },
    }),
    expect: scoped(ADMIN_ONLY(201), ADMIN_ONLY(404)),
  },
  'PATCH /api/users/:id': {
    state: 'submitted',
    request: (f) => ({
      method: 'PATCH',
      url: `/api/users/${f.victim.user.id}`,
      body: { role: 'unit-filer' },
    }),
    expect: scoped(ADMIN_ONLY(200), ADMIN_ONLY(404)),
  },
  'GET /api/projects': {
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/projects' }),
    expect: all(401, 200),
  },
  'GET /api/portfolio': {
    // Everyone signed in gets a portfolio of what they may see (test/server/portfolio tests
    // which projects it counts for whom).
    state: 'submitted',
    request: () => ({ method: 'GET', url: '/api/portfolio' }),
    expect: all(401, 200),
  },
  'GET /api/projects/:id': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f) }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'GET /api/projects/:id/findings': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/findings') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'GET /api/projects/:id/versions': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/versions') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'GET /api/projects/:id/versions/:number': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/versions/1') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'GET /api/projects/:id/history': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/history') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'GET /api/projects/:id/table': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/table') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'PUT /api/projects/:id/table': {
    // Returned to the unit: editable by the unit, visible to the reviewers, not to the evaluator.
    state: 'returned',
    request: (f) => ({
      method: 'PUT',
      url: p(f, '/table'),
      body: buildTargetTable(99),
      headers: { 'if-match': '"1"' },
    }),
    expect: scoped({
      admin: 403,
      'finance-reviewer': 403,
      'department-reviewer': 403,
      'unit-filer': 200,
      evaluator: 404,
    }),
  },
  'POST /api/imports': {
    state: 'submitted',
    request: async (f) => {
      const { body, contentType } = await multipart(
        { name: 'table.json', bytes: JSON.stringify(buildTargetTable(98)) },
        { orgId: f.tree.unitA.id },
      );
      return {
        method: 'POST',
        url: '/api/imports',
        body,
        headers: { 'content-type': contentType },
      };
    },
    expect: scoped(
      {
        admin: 201,
        'finance-reviewer': 403,
        'department-reviewer': 403,
        'unit-filer': 201,
        evaluator: 403,
      },
      {
        admin: 404,
        'finance-reviewer': 403,
        'department-reviewer': 403,
        'unit-filer': 404,
        evaluator: 403,
      },
    ),
  },
  'POST /api/projects/:id/transitions': {
    state: 'submitted',
    request: (f) => ({ method: 'POST', url: p(f, '/transitions'), body: { action: 'approve' } }),
    // Finance approves only after the department: 409 (not now), not 403 (not your role).
    expect: scoped({
      admin: 403,
      'finance-reviewer': 409,
      'department-reviewer': 200,
      'unit-filer': 403,
      evaluator: 404,
    }),
  },
  'GET /api/projects/:id/comments': {
    state: 'submitted',
    request: (f) => ({ method: 'GET', url: p(f, '/comments') }),
    expect: scoped(VIEW_SUBMITTED),
  },
  'POST /api/projects/:id/comments': {
    state: 'submitted',
    request: (f) => ({
      method: 'POST',
      url: p(f, '/comments'),
      body: { body: '请补充目标值来源。', indicatorIndex: 0 },
    }),
    expect: scoped({
      admin: 403,
      'finance-reviewer': 201,
      'department-reviewer': 201,
      'unit-filer': 201,
      evaluator: 404,
    }),
  },
  'GET /api/public/tables': {
    state: 'published',
    request: () => ({ method: 'GET', url: '/api/public/tables' }),
    expect: all(200, 200),
  },
  'GET /api/public/tables/:id': {
    state: 'published',
    request: (f) => ({ method: 'GET', url: `/api/public/tables/${f.project.id}` }),
    expect: all(200, 200),
  },
};

describeEachDatabase('authorisation matrix', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let otherTree: Tree;
  let victim: BuiltUser;
  const clients = new Map<Caller, Client>();
  const users = new Map<Caller, BuiltUser | null>();
  const readOnlyProjects = new Map<ProjectState, ProjectRecord>();

  const fixtureProject = async (state: ProjectState): Promise<ProjectRecord> => {
    const { project: draft } = await write(store.db, SETUP, {}, (tx) =>
      createProject(
        tx,
        tree.unitA,
        { table: buildTargetTable(7), findings: [], source: 'import', note: null },
        'x',
      ),
    );
    const project = await moveTo(store, draft, state);
    // Evaluators see assigned projects only: the inside one is assigned, the outside one never.
    await assignInsideEvaluator(store, project, tree);
    return project;
  };

  beforeAll(async () => {
    store = await ctx.open();
    current.store = store;
    current.evidenceDir = await evidenceFolder();
    app = await buildApp({
      store,
      webRoot: null,
      login: { maxPerWindow: 100_000 },
      selfEvaluation: { evidenceDir: current.evidenceDir },
    });
    tree = await buildTree(store);
    otherTree = await buildTree(store);
    victim = await buildUser(store, { role: 'unit-filer', org: tree.unitA });
    const inside: Record<Role, BuiltUser> = {
      admin: tree.admin,
      'finance-reviewer': tree.financeReviewer,
      'department-reviewer': tree.departmentReviewer,
      'unit-filer': tree.filerA,
      evaluator: tree.evaluator,
    };
    const outside: Record<Role, BuiltUser> = {
      admin: otherTree.admin,
      'finance-reviewer': otherTree.financeReviewer,
      'department-reviewer': tree.otherDepartmentReviewer,
      'unit-filer': tree.filerB,
      evaluator: otherTree.evaluator,
    };
    clients.set('anonymous', anonymous(app));
    users.set('anonymous', null);
    for (const role of ROLES) {
      for (const [where, who] of [
        ['in', inside[role]],
        ['out', outside[role]],
      ] as const) {
        clients.set(`${where}:${role}`, await signIn(app, who.user.username, who.password));
        users.set(`${where}:${role}`, who);
      }
    }
  });
  afterAll(() => app.close());

  it('has a row for every route of the server, and no row for a route it lacks', () => {
    const routes = listRoutes(app).map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(20);
    expect([...routes].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every route × caller as the rules say', async () => {
    const failures: string[] = [];
    for (const route of listRoutes(app)) {
      const key = `${route.method} ${route.url}`;
      const row = MATRIX[key]!;
      for (const caller of CALLERS) {
        const writes = route.method !== 'GET';
        let project = readOnlyProjects.get(row.state);
        if (writes || !project) {
          project = await fixtureProject(row.state);
          if (!writes) readOnlyProjects.set(row.state, project);
        }
        const user = users.get(caller)!;
        const request = await row.request({ project, tree, victim, caller, user });
        const client =
          request.fresh && user
            ? await signIn(app, user.user.username, user.password)
            : clients.get(caller)!;
        const response = await client.request(request.method, request.url, {
          ...(request.body !== undefined ? { body: request.body } : {}),
          ...(request.headers ? { headers: request.headers } : {}),
        });
        const want = row.expect[caller];
        if (response.statusCode !== want)
          failures.push(
            `${key} as ${caller}: ${response.statusCode} (expected ${want}) ${response.body.slice(0, 160)}`,
          );
        // A 404 for an existing project must look exactly like one for a project that never existed.
        if (want === 404 && route.url.includes(':id') && route.url.startsWith('/api/projects')) {
          const ghost = await client.request(
            request.method,
            request.url.replace(project.id, 'no-such-project'),
            {
              ...(request.body !== undefined ? { body: request.body } : {}),
              ...(request.headers ? { headers: request.headers } : {}),
            },
          );
          if (ghost.statusCode !== 404 || ghost.body !== response.body)
            failures.push(
              `${key} as ${caller}: the 404 differs from a missing project's (${ghost.statusCode} ${ghost.body})`,
            );
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('lists exactly the projects each caller may open', async () => {
    const project = readOnlyProjects.get('submitted') ?? (await fixtureProject('submitted'));
    for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
      const client = clients.get(caller)!;
      const opened = (await client.get(`/api/projects/${project.id}`)).statusCode === 200;
      const listed = (
        (await client.get('/api/projects?pageSize=500')).json() as { items: { id: string }[] }
      ).items.some((i) => i.id === project.id);
      expect([caller, listed]).toEqual([caller, opened]);
    }
  });
});
