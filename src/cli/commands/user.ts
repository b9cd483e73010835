/** `jixiao user add|list|set-role|reset-password`: accounts, for administrators at the server. */

import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { ROLES, type Role } from '../../core/policy/actor.js';
import { rolesForOrgKind } from '../../core/policy/user.policy.js';
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../../store/accounts.js';
import { isUniqueViolation } from '../../store/errors.js';
import { write } from '../../store/mutate.js';
import { findOrg, type Org } from '../../store/repositories/org.repository.js';
import {
  findCredentials,
  insertUser,
  listUsers,
  setUserPassword,
  setUserRole,
} from '../../store/repositories/user.repository.js';
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

/** Options of `jixiao user add`. */
export interface UserAddOptions extends StoreOptions {
  readonly role: Role;
  /** The organisation, by id or unique name; none only for a system administrator. */
  readonly org?: string;
  /** The password; generated and printed once when absent. */
  readonly password?: string;
  readonly displayName?: string;
}

/** Adds a user. */
export function userAddCommand(
  username: string,
  options: UserAddOptions,
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    let org: Org | null = null;
    if (options.org !== undefined) {
      const found = await resolveOrg(store.db, options.org);
      if (!found.ok) {
        complain(io, found.message, found.params);
        return EXIT_REFUSED;
      }
      org = found.org;
    }
    if (!roleFits(io, options.role, org)) return EXIT_REFUSED;
    const password = options.password ?? generatePassword();
    if (!passwordOk(io, password)) return EXIT_REFUSED;
    const passwordHash = await hashPassword(password);
    try {
      await write(store.db, cliActor(), {}, (tx) =>
        insertUser(tx, {
          username,
          displayName: options.displayName,
          role: options.role,
          orgId: org?.id ?? null,
          passwordHash,
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      complain(io, M.usernameTaken, { username });
      return EXIT_REFUSED;
    }
    say(io, M.userAdded, { username, role: options.role });
    if (options.password === undefined) say(io, M.passwordShown, { password });
    return 0;
  });
}

/** Lists users: username, role, organisation. */
export function userListCommand(
  options: StoreOptions & { readonly org?: string },
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    let orgId: string | undefined;
    if (options.org !== undefined) {
      const found = await resolveOrg(store.db, options.org);
      if (!found.ok) {
        complain(io, found.message, found.params);
        return EXIT_REFUSED;
      }
      orgId = found.org.id;
    }
    for (const user of await listUsers(store.db, null, orgId))
      io.stdout(
        `${user.username}\t${user.role}\t${user.orgName ?? '-'}${user.lockedUntil ? `\tlocked until ${user.lockedUntil}` : ''}\n`,
      );
    return 0;
  });
}

/** Gives a user another role (one that fits their organisation). */
export function userSetRoleCommand(
  username: string,
  role: Role,
  options: StoreOptions,
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    const user = await findCredentials(store.db, username);
    if (!user) {
      complain(io, M.userNotFound, { username });
      return EXIT_REFUSED;
    }
    const org = user.orgId ? ((await findOrg(store.db, user.orgId)) ?? null) : null;
    if (!roleFits(io, role, org)) return EXIT_REFUSED;
    await write(store.db, cliActor(), {}, (tx) => setUserRole(tx, user, role));
    say(io, M.roleChanged, { username, before: user.role, after: role });
    return 0;
  });
}

/** Sets a new password (given, or generated and printed once), unlocks and signs the user out. */
export function userResetPasswordCommand(
  username: string,
  options: StoreOptions & { readonly password?: string },
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    const user = await findCredentials(store.db, username);
    if (!user) {
      complain(io, M.userNotFound, { username });
      return EXIT_REFUSED;
    }
    const password = options.password ?? generatePassword();
    if (!passwordOk(io, password)) return EXIT_REFUSED;
    const passwordHash = await hashPassword(password);
    await write(store.db, cliActor(), {}, (tx) => setUserPassword(tx, user, passwordHash));
    say(io, M.passwordReset, { username });
    if (options.password === undefined) say(io, M.passwordShown, { password });
    return 0;
  });
}

function roleFits(io: CliIO, role: Role, org: Org | null): boolean {
  if (!ROLES.includes(role)) {
    complain(io, M.roleNotAllowed, { role, kind: org?.kind ?? '-' });
    return false;
  }
  if (org === null) {
    if (role === 'admin') return true;
    complain(io, M.orgRequired);
    return false;
  }
  if (rolesForOrgKind(org.kind).includes(role)) return true;
  complain(io, M.roleNotAllowed, { role, kind: org.kind });
  return false;
}

function passwordOk(io: CliIO, password: string): boolean {
  if ([...password].length >= MIN_PASSWORD_LENGTH) return true;
  complain(io, M.weakPassword, { min: MIN_PASSWORD_LENGTH });
  return false;
}

/** Registers `jixiao user …`. */
export function registerUser(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const user = program.command('user').description('用户与角色 (users and roles)');
  withStoreOptions(
    user
      .command('add')
      .description('新建用户 (add a user)')
      .argument('<username>', '用户名 (username)')
      .requiredOption('--role <role>', ROLES.join(' | '))
      .option('--org <org>', '所属组织的编号或名称 (organisation id or name)')
      .option('--password <password>', '密码；省略则自动生成并显示一次 (omit to generate)')
      .option('--display-name <name>', '显示名称 (display name)'),
  ).action(async (username: string, options: UserAddOptions) => {
    setExit(await userAddCommand(username, options, io));
  });
  withStoreOptions(
    user
      .command('list')
      .description('列出用户 (list users)')
      .option('--org <org>', '只列出该组织 (one organisation)'),
  ).action(async (options: StoreOptions & { org?: string }) => {
    setExit(await userListCommand(options, io));
  });
  withStoreOptions(
    user
      .command('set-role')
      .description('修改角色 (change a role)')
      .argument('<username>')
      .argument('<role>', ROLES.join(' | ')),
  ).action(async (username: string, role: Role, options: StoreOptions) => {
    setExit(await userSetRoleCommand(username, role, options, io));
  });
  withStoreOptions(
    user
      .command('reset-password')
      .description('重置密码并解除锁定 (reset a password and unlock)')
      .argument('<username>')
      .option('--password <password>', '新密码；省略则自动生成 (omit to generate)'),
  ).action(async (username: string, options: StoreOptions & { password?: string }) => {
    setExit(await userResetPasswordCommand(username, options, io));
  });
}
