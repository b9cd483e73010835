/**
 * `jixiao assign` on each database: an administrator at the terminal assigns an evaluator
 * account or an evaluating organisation to a project and removes it again; the evaluator then
 * sees the project through the API, and no longer after. Wrong names change nothing.
 */

import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryIO } from '../../../src/cli/cli-io.js';
import { assignCommand } from '../../../src/cli/commands/assign.js';
import type { StoreOptions } from '../../../src/cli/commands/store-options.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import type { ProjectRecord } from '../../../src/store/repositories/project.repository.js';
import type { Store } from '../../../src/store/store.js';
import { describeEachDatabase } from '../../support/db.js';
import { buildTree, type Tree } from '../../support/factories.js';
import { signIn } from '../../support/http.js';
import { readSeed } from '../../support/seed.js';
import { projectIn, selfEvaluationApp } from '../self-evaluation/support.js';

describeEachDatabase('jixiao assign', (ctx) => {
  let where: StoreOptions;
  let store: Store;
  let app: ZodApp;
  let tree: Tree;
  let project: ProjectRecord;
  const rows = async () =>
    (await store.db.selectFrom('project_assignments').select('id').execute()).length;

  beforeAll(async () => {
    const db = ctx.database();
    where =
      db.location.kind === 'sqlite' ? { data: db.dataDir! } : { databaseUrl: db.location.url };
    store = await ctx.open();
    ({ app } = await selfEvaluationApp(store));
    tree = await buildTree(store);
    project = await projectIn(store, tree.unitA, await readSeed());
  });
  afterAll(() => app.close());

  it('assigns an evaluator account, says so when it is already, and removes it', async () => {
    const evaluator = await signIn(app, tree.evaluator.user.username, tree.evaluator.password);
    const seen = async () => (await evaluator.get(`/api/projects/${project.id}`)).statusCode;
    expect(await seen()).toBe(404);

    const io = memoryIO();
    const options = { ...where, evaluator: tree.evaluator.user.username };
    expect(await assignCommand(project.id, options, io)).toBe(0);
    expect(io.out()).toContain(`已将项目“${project.name}”指派给“${tree.evaluator.user.username}”`);
    expect(await seen()).toBe(200);
    expect(await assignCommand(project.id, options, io)).toBe(0);
    expect(io.out()).toMatch(/already assigned/);
    expect(await rows()).toBe(1);

    expect(await assignCommand(project.id, { ...options, remove: true }, io)).toBe(0);
    expect(await seen()).toBe(404);
    const audit = await store.db
      .selectFrom('audit_entries')
      .select(['action', 'actor_name'])
      .where('project_id', '=', project.id)
      .where('entity', '=', 'assignment')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['assignment.create', 'assignment.delete']);
    expect(audit.every((a) => a.actor_name.startsWith('cli:'))).toBe(true);
  });

  it('assigns an organisation by name', async () => {
    const io = memoryIO();
    expect(await assignCommand(project.id, { ...where, org: tree.finance.name }, io)).toBe(0);
    const evaluator = await signIn(app, tree.evaluator.user.username, tree.evaluator.password);
    expect((await evaluator.get(`/api/projects/${project.id}/table`)).statusCode).toBe(200);
  });

  it('refuses what is no evaluator, unknown names and a missing choice, changing nothing', async () => {
    const before = await rows();
    const refusals: [string, object, RegExp][] = [
      ['filer', { evaluator: tree.filerA.user.username }, /不是第三方评价机构/],
      ['department', { org: tree.department.id }, /not an evaluator/],
      ['unknown user', { evaluator: 'nobody' }, /找不到用户“nobody”/],
      ['neither', {}, /--evaluator/],
      ['both', { evaluator: tree.evaluator.user.username, org: tree.finance.id }, /二选一/],
    ];
    for (const [what, options, message] of refusals) {
      const io = memoryIO();
      expect([what, await assignCommand(project.id, { ...where, ...options }, io)]).toEqual([
        what,
        1,
      ]);
      expect([what, io.err()]).toEqual([what, expect.stringMatching(message)]);
    }
    const io = memoryIO();
    expect(await assignCommand('no-such-project', { ...where, org: tree.finance.id }, io)).toBe(1);
    expect(io.err()).toMatch(/找不到项目“no-such-project”/);
    const notAssigned = memoryIO();
    expect(
      await assignCommand(
        project.id,
        { ...where, evaluator: tree.evaluator.user.username, remove: true },
        notAssigned,
      ),
    ).toBe(1);
    expect(notAssigned.err()).toMatch(/没有指派给/);
    expect(await rows()).toBe(before);
  });
});
