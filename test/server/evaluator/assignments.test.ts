/**
 * Evaluators (第三方评价机构) see exactly the projects assigned to them, on each database:
 * unassigned, an evaluator inside the bureau sees nothing (404 everywhere, an empty list);
 * assigned — to its account or to an organisation it belongs to — it reads the project, its
 * table, actuals, evidence, score and forms, and records an evaluation; removing the
 * assignment takes all of it away. Refusals store nothing; every change is audited.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetTable } from '../../../src/core/table/target-table.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import {
  type BuiltUser,
  buildOrg,
  buildTree,
  buildUser,
  type Tree,
} from '../../support/factories.js';
import { type Client, signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp } from '../self-evaluation/support.js';

interface Assignments {
  items: { id: string; kind: string; assigneeId: string; assigneeName: string }[];
  canAssign: boolean;
  candidates: { kind: string; id: string; name: string }[];
}

interface ErrorBody {
  error: { code: string; message: string; messageEn: string };
}

/** Every read an evaluator needs of a project. */
const READS = [
  '',
  '/table',
  '/findings',
  '/history',
  '/actuals',
  '/actuals/table',
  '/evidence',
  '/score',
  '/monitoring',
  '/forms/self-evaluation.xlsx',
  '/assignments',
  '/evaluation',
];

describeEachDatabase('evaluators and their assigned projects', (ctx) => {
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let seed: TargetTable;
  let assigned: ProjectRecord;
  let unassigned: ProjectRecord;
  let evaluator: Client;
  let colleague: Client;
  let finance: Client;
  let department: Client;
  let filer: Client;
  let colleagueUser: BuiltUser;

  const as = (u: BuiltUser) => signIn(app, u.user.username, u.password);
  const listed = async (client: Client) =>
    ((await client.get('/api/projects?pageSize=500')).json() as { items: { id: string }[] }).items
      .map((i) => i.id)
      .sort();
  /** How many projects the caller's portfolio (工作台) counts. */
  const counted = async (client: Client) =>
    ((await client.get('/api/portfolio')).json() as { projects: { total: number } }).projects.total;
  const reads = async (client: Client, project: ProjectRecord) => {
    const out: number[] = [];
    for (const rest of READS)
      out.push((await client.get(`/api/projects/${project.id}${rest}`)).statusCode);
    return out;
  };
  const auditCount = async (action: string) =>
    (
      await store.db
        .selectFrom('audit_entries')
        .select('seq')
        .where('action', '=', action)
        .execute()
    ).length;
  const assignmentRows = async () =>
    (await store.db.selectFrom('project_assignments').select('id').execute()).length;

  beforeAll(async () => {
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    seed = await readSeed();
    assigned = await projectIn(store, tree.unitA, seed);
    unassigned = await projectIn(store, tree.unitB, seed);
    colleagueUser = await buildUser(store, { role: 'evaluator', org: tree.finance });
    evaluator = await as(tree.evaluator);
    colleague = await as(colleagueUser);
    finance = await as(tree.financeReviewer);
    department = await as(tree.departmentReviewer);
    filer = await as(tree.filerA);
  });
  afterAll(() => app.close());

  it('shows an unassigned evaluator nothing, inside its own bureau', async () => {
    expect(await listed(evaluator)).toEqual([]);
    expect(await counted(evaluator)).toBe(0);
    expect(await reads(evaluator, assigned)).toEqual(READS.map(() => 404));
    // Exactly the answer for a project that does not exist.
    const ghost = await evaluator.get('/api/projects/no-such-project');
    expect((await evaluator.get(`/api/projects/${assigned.id}`)).body).toBe(ghost.body);
  });

  it('lets the finance bureau assign an evaluator account, which then reads everything of that project only', async () => {
    const view = (
      await finance.get(`/api/projects/${assigned.id}/assignments`)
    ).json() as Assignments;
    expect(view.canAssign).toBe(true);
    expect(
      view.candidates
        .filter((c) => c.kind === 'user')
        .map((c) => c.id)
        .sort(),
    ).toEqual([tree.evaluator.user.id, colleagueUser.user.id].sort());
    // Organisations that hold evaluators: the bureau itself (departments and units do not).
    expect(view.candidates.filter((c) => c.kind === 'org').map((c) => c.id)).toEqual([
      tree.finance.id,
    ]);
    const r = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      userId: tree.evaluator.user.id,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({
      assignment: { kind: 'user', assigneeName: tree.evaluator.user.username },
    });
    expect(await listed(evaluator)).toEqual([assigned.id]);
    expect(await counted(evaluator)).toBe(1);
    expect(await reads(evaluator, assigned)).toEqual(READS.map(() => 200));
    expect(await reads(evaluator, unassigned)).toEqual(READS.map(() => 404));
    // The colleague in the same bureau was not assigned.
    expect(await listed(colleague)).toEqual([]);

    // Assigning again changes nothing.
    const audits = await auditCount('assignment.create');
    const again = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      userId: tree.evaluator.user.id,
    });
    expect(again.statusCode).toBe(200);
    expect(await auditCount('assignment.create')).toBe(audits);
    expect(await assignmentRows()).toBe(1);
  });

  it('sees an assigned project only once its targets are approved', async () => {
    const submitted = await projectIn(store, tree.unitA, seed, 'submitted');
    const r = await finance.post(`/api/projects/${submitted.id}/assignments`, {
      userId: tree.evaluator.user.id,
    });
    expect(r.statusCode).toBe(201);
    expect((await evaluator.get(`/api/projects/${submitted.id}`)).statusCode).toBe(404);
    expect(await listed(evaluator)).toEqual([assigned.id]);
  });

  it('covers every evaluator of an organisation assigned', async () => {
    const r = await finance.post(`/api/projects/${unassigned.id}/assignments`, {
      orgId: tree.finance.id,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(await listed(colleague)).toEqual([unassigned.id]);
    expect((await colleague.get(`/api/projects/${unassigned.id}/table`)).statusCode).toBe(200);
    expect(await listed(evaluator)).toEqual([assigned.id, unassigned.id].sort());
  });

  it('lets a system administrator assign an agency outside the bureau’s tree', async () => {
    const agency = await buildOrg(store, { kind: 'finance' });
    const agencyEvaluator = await buildUser(store, { role: 'evaluator', org: agency });
    const root = await buildUser(store, { role: 'admin', org: null });
    const system = await as(root);
    // The bureau's own reviewers cannot see the agency, so it does not exist for them.
    const byFinance = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      orgId: agency.id,
    });
    expect(byFinance.statusCode).toBe(404);
    const r = await system.post(`/api/projects/${assigned.id}/assignments`, { orgId: agency.id });
    expect(r.statusCode, r.body).toBe(201);
    const outsider = await as(agencyEvaluator);
    expect(await listed(outsider)).toEqual([assigned.id]);
    expect((await outsider.get(`/api/projects/${assigned.id}/actuals`)).statusCode).toBe(200);
    expect((await outsider.get(`/api/projects/${unassigned.id}`)).statusCode).toBe(404);
  });

  it('refuses to assign what is no evaluator, and roles that do not assign, storing nothing', async () => {
    const before = await assignmentRows();
    const filerUser = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      userId: tree.filerA.user.id,
    });
    expect(filerUser.statusCode).toBe(400);
    const body = filerUser.json() as ErrorBody;
    expect(body.error.code).toBe('notEvaluator');
    expect(body.error.message).toContain(tree.filerA.user.username);
    expect(body.error.messageEn).toMatch(/not an evaluator/);
    const departmentOrg = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      orgId: tree.department.id,
    });
    expect((departmentOrg.json() as ErrorBody).error.code).toBe('notEvaluator');
    const unknown = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      userId: 'no-such-user',
    });
    expect(unknown.statusCode).toBe(404);
    const both = await finance.post(`/api/projects/${assigned.id}/assignments`, {
      userId: tree.evaluator.user.id,
      orgId: tree.finance.id,
    });
    expect([both.statusCode, (both.json() as ErrorBody).error.code]).toEqual([
      400,
      'invalidRequest',
    ]);
    const byDepartment = await department.post(`/api/projects/${assigned.id}/assignments`, {
      userId: colleagueUser.user.id,
    });
    expect(byDepartment.statusCode).toBe(403);
    const byEvaluator = await evaluator.post(`/api/projects/${assigned.id}/assignments`, {
      userId: colleagueUser.user.id,
    });
    expect(byEvaluator.statusCode).toBe(403);
    expect(await assignmentRows()).toBe(before);
  });

  describe('the evaluation', () => {
    it('is recorded by an assigned evaluator, audited, and read by everyone who sees the project', async () => {
      const url = `/api/projects/${assigned.id}/evaluation`;
      expect((await evaluator.get(url)).json()).toEqual({ evaluation: null, canEvaluate: true });
      const first = await evaluator.put(url, {
        score: 86.5,
        opinion: '  绩效目标基本实现，佐证材料较完整。  ',
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({
        evaluation: {
          score: 86.5,
          grade: 'good',
          gradeLabel: { zh: '良' },
          opinion: '绩效目标基本实现，佐证材料较完整。',
          evaluatorName: tree.evaluator.user.username,
          evaluatorOrgName: tree.finance.name,
        },
      });
      const second = await evaluator.put(url, {
        score: 78,
        grade: 'good',
        opinion: '复核后下调分数，等级维持良。',
      });
      expect(second.statusCode).toBe(200);
      for (const reader of [finance, department, filer]) {
        const seen = (await reader.get(url)).json() as {
          evaluation: { score: number; grade: string };
          canEvaluate: boolean;
        };
        expect(seen).toMatchObject({
          evaluation: { score: 78, grade: 'good' },
          canEvaluate: false,
        });
      }
      const audit = await store.db
        .selectFrom('audit_entries')
        .select(['before_json', 'after_json', 'actor_name'])
        .where('action', '=', 'evaluation.save')
        .where('project_id', '=', assigned.id)
        .orderBy('seq')
        .execute();
      expect(audit).toHaveLength(2);
      expect(audit[1]!.actor_name).toBe(tree.evaluator.user.username);
      expect(JSON.parse(audit[1]!.before_json!)).toMatchObject({ score: 86.5 });
      expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ score: 78 });
    });

    it('refuses bad input and other roles, changing nothing', async () => {
      const url = `/api/projects/${assigned.id}/evaluation`;
      const before = await auditCount('evaluation.save');
      const tooHigh = await evaluator.put(url, { score: 120, opinion: '很好' });
      expect([tooHigh.statusCode, (tooHigh.json() as ErrorBody).error.code]).toEqual([
        400,
        'invalidRequest',
      ]);
      const empty = await evaluator.put(url, { score: 80, opinion: '   ' });
      expect(empty.statusCode).toBe(400);
      const badGrade = await evaluator.put(url, { score: 80, grade: '优', opinion: '好' });
      expect(badGrade.statusCode).toBe(400);
      expect((await finance.put(url, { score: 80, opinion: '好' })).statusCode).toBe(403);
      expect((await filer.put(url, { score: 80, opinion: '好' })).statusCode).toBe(403);
      const elsewhere = await colleague.put(`/api/projects/${assigned.id}/evaluation`, {
        score: 80,
        opinion: '好',
      });
      expect(elsewhere.statusCode).toBe(404);
      expect(await auditCount('evaluation.save')).toBe(before);
      expect(
        ((await finance.get(url)).json() as { evaluation: { score: number } }).evaluation.score,
      ).toBe(78);
    });
  });

  it('takes the project away again when the assignment is removed', async () => {
    const view = (
      await finance.get(`/api/projects/${assigned.id}/assignments`)
    ).json() as Assignments;
    const mine = view.items.find((a) => a.assigneeId === tree.evaluator.user.id)!;
    expect(
      (await department.request('DELETE', `/api/projects/${assigned.id}/assignments/${mine.id}`))
        .statusCode,
    ).toBe(403);
    const removed = await finance.request(
      'DELETE',
      `/api/projects/${assigned.id}/assignments/${mine.id}`,
    );
    expect(removed.statusCode).toBe(204);
    expect(await auditCount('assignment.delete')).toBe(1);
    expect((await evaluator.get(`/api/projects/${assigned.id}`)).statusCode).toBe(404);
    // Still assigned through its organisation to the other project.
    expect(await listed(evaluator)).toEqual([unassigned.id]);
    const twice = await finance.request(
      'DELETE',
      `/api/projects/${assigned.id}/assignments/${mine.id}`,
    );
    expect(twice.statusCode).toBe(404);
  });
});
