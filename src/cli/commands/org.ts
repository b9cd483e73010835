/** `jixiao org add|list`: the organisation tree, for administrators at the server. */

import type { Command } from 'commander';
import { type Bilingual, ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { childKindOf, ORG_KINDS, type OrgKind } from '../../core/policy/actor.js';
import type { Queryable } from '../../store/mutate.js';
import { write } from '../../store/mutate.js';
import {
  findOrg,
  findOrgsByName,
  insertOrg,
  listOrgs,
  type Org,
} from '../../store/repositories/org.repository.js';
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

/** Options of `jixiao org add`. */
export interface OrgAddOptions extends StoreOptions {
  readonly kind: OrgKind;
  /** The parent, by id or by (unique) name; none for a new finance bureau. */
  readonly parent?: string;
}

/** Finds an organisation by id, or by name when that name is unique. */
export async function resolveOrg(
  q: Queryable,
  ref: string,
): Promise<
  { ok: true; org: Org } | { ok: false; message: Bilingual; params: Record<string, string> }
> {
  const byId = await findOrg(q, ref);
  if (byId) return { ok: true, org: byId };
  const named = await findOrgsByName(q, ref);
  if (named.length === 1) return { ok: true, org: named[0]! };
  if (named.length === 0) return { ok: false, message: M.orgNotFound, params: { org: ref } };
  return {
    ok: false,
    message: M.orgAmbiguous,
    params: { org: ref, ids: named.map((o) => o.id).join(', ') },
  };
}

/** Adds an organisation; prints its id. */
export function orgAddCommand(name: string, options: OrgAddOptions, io: CliIO): Promise<number> {
  return withStore(options, async (store) => {
    let parent: Org | null = null;
    if (options.parent !== undefined) {
      const found = await resolveOrg(store.db, options.parent);
      if (!found.ok) {
        complain(io, found.message, found.params);
        return EXIT_REFUSED;
      }
      parent = found.org;
    }
    if (
      !ORG_KINDS.includes(options.kind) ||
      !childKindOf(parent?.kind ?? null).includes(options.kind)
    ) {
      complain(io, M.orgKindNotAllowed, { kind: options.kind, parent: parent?.name ?? '/' });
      return EXIT_REFUSED;
    }
    const org = await write(store.db, cliActor(), {}, (tx) =>
      insertOrg(tx, { name: name.trim(), kind: options.kind, parent }),
    );
    say(io, M.orgAdded, { name: org.name, kind: org.kind, id: org.id });
    return 0;
  });
}

/** Prints the tree, indented by depth: name, kind, id. */
export function orgListCommand(options: StoreOptions, io: CliIO): Promise<number> {
  return withStore(options, async (store) => {
    for (const org of await listOrgs(store.db, null)) {
      const depth = org.path.split('/').length - 3;
      io.stdout(`${'  '.repeat(depth)}${org.name}\t${org.kind}\t${org.id}\n`);
    }
    return 0;
  });
}

/** Registers `jixiao org add|list`. */
export function registerOrg(program: Command, io: CliIO, setExit: (code: number) => void): void {
  const org = program
    .command('org')
    .description('组织树：财政部门 → 主管部门 → 预算单位 (organisations)');
  withStoreOptions(
    org
      .command('add')
      .description('新建组织 (add an organisation)')
      .argument('<name>', '名称 (name)')
      .requiredOption('--kind <kind>', 'finance | department | unit')
      .option('--parent <org>', '上级组织的编号或名称 (parent id or name)'),
  ).action(async (name: string, options: OrgAddOptions) => {
    setExit(await orgAddCommand(name, options, io));
  });
  withStoreOptions(org.command('list').description('列出组织树 (list the tree)')).action(
    async (options: StoreOptions) => {
      setExit(await orgListCommand(options, io));
    },
  );
}
