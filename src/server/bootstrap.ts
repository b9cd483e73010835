/**
 * The first administrator (DESIGN.md): on a database without any, `admin` (or
 * `JIXIAO_ADMIN_USER`) is created with the password in `JIXIAO_ADMIN_PASSWORD`, or a generated
 * one that the caller prints once.
 */

import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from '../store/accounts.js';
import { type WriteServices, write } from '../store/mutate.js';
import { hasAdministrator, insertUser } from '../store/repositories/user.repository.js';
import type { Store } from '../store/store.js';

/** What `ensureAdministrator` did. */
export type AdministratorSetup =
  | { readonly kind: 'exists' }
  | {
      readonly kind: 'created';
      readonly username: string;
      /** The password, when generated; null when it came from the environment. */
      readonly generatedPassword: string | null;
    };

/** Creates the first administrator if the database has none. */
export async function ensureAdministrator(
  store: Store,
  env: Readonly<Record<string, string | undefined>>,
  services: WriteServices = {},
): Promise<AdministratorSetup> {
  if (await hasAdministrator(store.db)) return { kind: 'exists' };
  const username = env.JIXIAO_ADMIN_USER?.trim() || 'admin';
  const given = env.JIXIAO_ADMIN_PASSWORD;
  if (given !== undefined && [...given].length < MIN_PASSWORD_LENGTH)
    throw new Error(`JIXIAO_ADMIN_PASSWORD needs at least ${MIN_PASSWORD_LENGTH} characters`);
  const password = given ?? generatePassword();
  const passwordHash = await hashPassword(password);
  await write(store.db, { id: null, name: 'system' }, services, (tx) =>
    insertUser(tx, { username, role: 'admin', orgId: null, passwordHash }),
  );
  return { kind: 'created', username, generatedPassword: given === undefined ? password : null };
}
