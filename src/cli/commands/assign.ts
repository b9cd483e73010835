/**
 * `jixiao assign PROJECT --evaluator USER | --org ORG [--remove]`: assigns a third-party
 * evaluator (an account, or an organisation with every evaluator in it) to a project, or
 * removes the assignment — what the finance bureau does in the web app, for an administrator
 * at the terminal. Audited like every change.
 */

import type { Command } from 'commander';
import {
  ASSIGNMENT_ERRORS,
  ASSIGNMENT_CLI as C,
  ADMIN_MESSAGES as M,
} from '../../core/messages/index.js';
import { canAssign } from '../../core/policy/assignment.policy.js';
import { write } from '../../store/mutate.js';
import {
  type Assignee,
  deleteAssignment,
  findAssignment,
  insertAssignment,
  listAssignments,
} from '../../store/repositories/assignment.repository.js';
import { findProject } from '../../store/repositories/project.repository.js';
import { findCredentials } from '../../store/repositories/user.repository.js';
import type { Store } from '../../store/store.js';
import type { CliIO } from '../cli-io.js';
import { resolveOrg } from './org.js';
import {
  cliActor,
  complain,
  EXIT_REFUSED,
  type StoreOptions,
  say,
  withStore,
  withStoreOptions,
} from './store-options.js';

/** Options of `jixiao assign`. */
export interface AssignOptions extends StoreOptions {
  /** An evaluator's username. */
  readonly evaluator?: string;
  /** An evaluating organisation, by id or unique name. */
  readonly org?: string;
  /** Remove the assignment instead. */
  readonly remove?: boolean;
}

/** The system's view at the terminal: every tree is in sight, as for a system administrator. */
const TERMINAL = {
  userId: 'cli',
  username: 'cli',
  role: 'admin',
  orgId: null,
  orgPath: null,
} as const;

type Found = { ok: true; assignee: Assignee & { name: string } } | { ok: false };

async function findAssignee(store: Store, options: AssignOptions, io: CliIO): Promise<Found> {
  if ((options.evaluator === undefined) === (options.org === undefined)) {
    complain(io, C.assigneeRequired);
    return { ok: false };
  }
  if (options.evaluator !== undefined) {
    const user = await findCredentials(store.db, options.evaluator);
    if (!user) {
      complain(io, M.userNotFound, { username: options.evaluator });
      return { ok: false };
    }
    if (
      canAssign(TERMINAL, { kind: 'user', role: user.role, orgPath: user.orgPath }) !== 'allowed'
    ) {
      complain(io, ASSIGNMENT_ERRORS.notEvaluator, { name: user.username });
      return { ok: false };
    }
    return { ok: true, assignee: { kind: 'user', id: user.id, name: user.username } };
  }
  const found = await resolveOrg(store.db, options.org!);
  if (!found.ok) {
    complain(io, found.message, found.params);
    return { ok: false };
  }
  const { org } = found;
  if (canAssign(TERMINAL, { kind: 'org', orgKind: org.kind, orgPath: org.path }) !== 'allowed') {
    complain(io, ASSIGNMENT_ERRORS.notEvaluator, { name: org.name });
    return { ok: false };
  }
  return { ok: true, assignee: { kind: 'org', id: org.id, name: org.name } };
}

/** Assigns or removes; 1 when the project, evaluator or assignment is wrong. */
export function assignCommand(
  projectId: string,
  options: AssignOptions,
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    const project = await findProject(store.db, projectId);
    if (!project) {
      complain(io, C.projectNotFound, { project: projectId });
      return EXIT_REFUSED;
    }
    const found = await findAssignee(store, options, io);
    if (!found.ok) return EXIT_REFUSED;
    const { assignee } = found;
    const names = { project: project.name, name: assignee.name };
    const existing = await findAssignment(store.db, project.id, assignee);
    if (options.remove) {
      const assignment = (await listAssignments(store.db, project.id)).find(
        (a) => a.id === existing?.id,
      );
      if (!assignment) {
        complain(io, C.notAssigned, names);
        return EXIT_REFUSED;
      }
      await write(store.db, cliActor(), {}, (tx) => deleteAssignment(tx, project, assignment));
      say(io, C.unassigned, names);
      return 0;
    }
    if (existing) {
      say(io, C.alreadyAssigned, names);
      return 0;
    }
    await write(store.db, cliActor(), {}, (tx) => insertAssignment(tx, project, assignee));
    say(io, C.assigned, names);
    return 0;
  });
}

/** Registers `jixiao assign`. */
export function registerAssign(program: Command, io: CliIO, setExit: (code: number) => void): void {
  withStoreOptions(
    program
      .command('assign')
      .description('指派第三方评价机构评价项目 (assign an evaluator to a project)')
      .argument('<project>', '项目编号 (project id)')
      .option('--evaluator <username>', '评价人员的用户名 (an evaluator account)')
      .option('--org <org>', '评价机构的编号或名称 (an evaluating organisation, id or name)')
      .option('--remove', '取消指派 (remove the assignment)'),
  ).action(async (project: string, options: AssignOptions) => {
    setExit(await assignCommand(project, options, io));
  });
}
