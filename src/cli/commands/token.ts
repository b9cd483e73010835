/** `jixiao token create USER`: a bearer token for a script, printed once. */

import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { createApiToken } from '../../store/accounts.js';
import { findCredentials, userToActor } from '../../store/repositories/user.repository.js';
import type { CliIO } from '../cli-io.js';
import {
  cliActor,
  complain,
  EXIT_REFUSED,
  type StoreOptions,
  say,
  withStore,
  withStoreOptions,
} from './store-options.js';

/** Options of `jixiao token create`. */
export interface TokenOptions extends StoreOptions {
  readonly name?: string;
  /** Days until the token expires; never when absent. */
  readonly days?: number;
}

/** Creates a token acting as `username`; the last line of stdout is the token itself. */
export function tokenCreateCommand(
  username: string,
  options: TokenOptions,
  io: CliIO,
): Promise<number> {
  return withStore(options, async (store) => {
    const user = await findCredentials(store.db, username);
    if (!user) {
      complain(io, M.userNotFound, { username });
      return EXIT_REFUSED;
    }
    const expiresAt =
      options.days === undefined
        ? null
        : new Date(Date.now() + options.days * 86_400_000).toISOString();
    const token = await createApiToken(store.db, cliActor(), userToActor(user, user.orgPath), {
      name: options.name ?? 'cli',
      expiresAt,
    });
    say(io, M.tokenCreated, { username });
    io.stdout(`${token}\n`);
    return 0;
  });
}

/** Registers `jixiao token create`. */
export function registerToken(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const token = program.command('token').description('脚本用访问令牌 (bearer tokens for scripts)');
  withStoreOptions(
    token
      .command('create')
      .description('为用户签发令牌 (create a token acting as a user)')
      .argument('<username>')
      .option('--name <name>', '令牌名称 (a name to recognise it by)')
      .option('--days <n>', '有效天数，省略则长期有效 (days until it expires)', (v) => Number(v)),
  ).action(async (username: string, options: TokenOptions) => {
    setExit(await tokenCreateCommand(username, options, io));
  });
}
