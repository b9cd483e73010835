/**
 * `jixiao serve --demo`: the seed as a demo project of a demo tree (财政局 → 科协 → two units)
 * with one account per role, the demo evaluator assigned to the project. Running it again
 * reuses what exists and gives the demo accounts new passwords, so they can always be printed.
 */

import type { OrgKind, Role } from '../../core/policy/actor.js';
import type { ReviewOptions, ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { generatePassword, hashPassword } from '../../store/accounts.js';
import { type AuditActor, type WriteServices, write } from '../../store/mutate.js';
import {
  findAssignment,
  insertAssignment,
} from '../../store/repositories/assignment.repository.js';
import { findOrgsByName, insertOrg, type Org } from '../../store/repositories/org.repository.js';
import { listProjects, type ProjectRecord } from '../../store/repositories/project.repository.js';
import {
  findCredentials,
  insertUser,
  setUserPassword,
} from '../../store/repositories/user.repository.js';
import type { Store } from '../../store/store.js';
import { readAndReview, storeImport } from '../commands/import.command.js';
import { DEMO_SEED_FILE, DEMO_SEED_TEXT } from './seed-table.js';

/** A demo account, with the password it was just given. */
export interface DemoAccount {
  readonly username: string;
  readonly role: Role;
  readonly org: string;
  readonly password: string;
}

/** What the demo consists of. */
export interface Demo {
  readonly project: ProjectRecord;
  readonly accounts: readonly DemoAccount[];
}

const DEMO: AuditActor = { id: null, name: 'demo' };

/** Loads (or refreshes) the demo. */
export async function loadDemo(
  store: Store,
  services: WriteServices,
  review: (table: TargetTable, options?: ReviewOptions) => ReviewResult,
): Promise<Demo> {
  const finance = await demoOrg(store, services, '深圳市财政局（演示）', 'finance', null);
  const department = await demoOrg(store, services, '深圳市科学技术协会', 'department', finance);
  const unit = await demoOrg(store, services, '深圳市科学技术协会(本级)', 'unit', department);
  const unitB = await demoOrg(store, services, '深圳市科技馆', 'unit', department);
  const accounts: DemoAccount[] = [];
  for (const [username, role, org] of [
    ['demo-admin', 'admin', finance],
    ['demo-finance', 'finance-reviewer', finance],
    ['demo-evaluator', 'evaluator', finance],
    ['demo-department', 'department-reviewer', department],
    ['demo-unit', 'unit-filer', unit],
    ['demo-unit-b', 'unit-filer', unitB],
  ] as const) {
    accounts.push(await demoAccount(store, services, username, role, org));
  }
  const existing = await listProjects(store.db, {
    scopePath: unit.path,
    states: ['draft', 'submitted', 'department-approved', 'approved', 'published', 'returned'],
    limit: 1,
    offset: 0,
  });
  const project =
    existing.projects[0] ??
    (await (async () => {
      const reviewed = await readAndReview(new TextEncoder().encode(DEMO_SEED_TEXT), {
        fileName: DEMO_SEED_FILE,
        maxBytes: 1024 * 1024,
        review,
      });
      const [stored] = await storeImport(store.db, DEMO, services, unit, reviewed, {
        source: 'demo',
        note: DEMO_SEED_FILE,
        review,
      });
      return stored!.project;
    })());
  await assignDemoEvaluator(store, services, project);
  return { project, accounts };
}

/** The demo evaluator sees the demo project once it is approved (evaluators see assigned ones). */
async function assignDemoEvaluator(
  store: Store,
  services: WriteServices,
  project: ProjectRecord,
): Promise<void> {
  const evaluator = await findCredentials(store.db, 'demo-evaluator');
  if (!evaluator) return;
  const assignee = { kind: 'user', id: evaluator.id, name: evaluator.username } as const;
  if (await findAssignment(store.db, project.id, assignee)) return;
  await write(store.db, DEMO, services, (tx) => insertAssignment(tx, project, assignee));
}

async function demoOrg(
  store: Store,
  services: WriteServices,
  name: string,
  kind: OrgKind,
  parent: Org | null,
): Promise<Org> {
  const found = (await findOrgsByName(store.db, name)).find(
    (o) => o.kind === kind && o.parentId === (parent?.id ?? null),
  );
  return found ?? write(store.db, DEMO, services, (tx) => insertOrg(tx, { name, kind, parent }));
}

async function demoAccount(
  store: Store,
  services: WriteServices,
  username: string,
  role: Role,
  org: Org,
): Promise<DemoAccount> {
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const existing = await findCredentials(store.db, username);
  await write(store.db, DEMO, services, async (tx) => {
    if (existing) await setUserPassword(tx, existing, passwordHash);
    else await insertUser(tx, { username, role, orgId: org.id, passwordHash });
  });
  return { username, role, org: org.name, password };
}
