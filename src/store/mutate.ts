/**
 * The one door for every change to tenant data: a transaction that also appends one audit
 * entry per change, chained by hash, before it commits. Repositories' write functions take the
 * `WriteTx` this door opens, so a change cannot be made without its audit entry being at hand.
 *
 * Session rows and sign-in counters are bookkeeping of the login machinery, not data; they are
 * written directly (see session.repository.ts), and a lockout is still recorded here.
 */

import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { canonicalJson } from './audit/canonical.js';
import { entryHash, GENESIS_HASH, SYSTEM_CHAIN } from './audit/chain.js';
import type { AuditEntryTable } from './tables/audit.table.js';
import type { Database } from './tables/database.js';

/** Who makes a change: a user, or a named system process (the CLI, the demo loader). */
export interface AuditActor {
  readonly id: string | null;
  readonly name: string;
}

/** One change, as the audit log records it. */
export interface Change {
  /** What happened, dotted: `project.import`, `table.save`, `user.create`… */
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  /** The organisation owning what changed; null for system-wide rows. */
  readonly orgId: string | null;
  readonly projectId?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Clock and id source, injected so tests are deterministic. */
export interface WriteServices {
  readonly clock?: () => Date;
  readonly newId?: () => string;
}

/** An open write transaction: the Kysely transaction and what every write needs with it. */
export interface WriteTx {
  readonly trx: Transaction<Database>;
  readonly actor: AuditActor;
  /** One instant for the whole transaction, ISO 8601. */
  readonly now: string;
  readonly newId: () => string;
  /** Records a change; its audit entry is written in this transaction before it commits. */
  record(change: Change): void;
}

/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Kysely<Database> | Transaction<Database>;

/**
 * Runs `work` in one transaction and appends its changes to the audit log in the same
 * transaction. If `work` throws, nothing is written, audit entries included.
 */
export async function write<T>(
  db: Kysely<Database>,
  actor: AuditActor,
  services: WriteServices,
  work: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const now = (services.clock ?? (() => new Date()))().toISOString();
  const newId = services.newId ?? randomUUID;
  return db.transaction().execute(async (trx) => {
    const changes: Change[] = [];
    const tx: WriteTx = { trx, actor, now, newId, record: (c) => changes.push(c) };
    const result = await work(tx);
    await appendAudit(trx, actor, now, changes);
    return result;
  });
}

/**
 * Appends the changes to their chains. Chains are locked in a fixed order, after all other
 * writes of the transaction, so two transactions never wait on each other in a cycle.
 */
async function appendAudit(
  trx: Transaction<Database>,
  actor: AuditActor,
  now: string,
  changes: readonly Change[],
): Promise<void> {
  if (changes.length === 0) return;
  const byChain = new Map<string, Change[]>();
  for (const change of changes) {
    const chain = change.orgId ?? SYSTEM_CHAIN;
    byChain.set(chain, [...(byChain.get(chain) ?? []), change]);
  }
  for (const chain of [...byChain.keys()].sort()) {
    const head = await lockChainHead(trx, chain);
    let { seq, hash } = head;
    const rows: AuditEntryTable[] = [];
    for (const change of byChain.get(chain)!) {
      seq += 1;
      const entry: Omit<AuditEntryTable, 'hash'> = {
        org_id: chain,
        seq,
        at: now,
        actor_id: actor.id,
        actor_name: actor.name,
        action: change.action,
        entity: change.entity,
        entity_id: change.entityId,
        project_id: change.projectId ?? null,
        before_json: change.before === undefined ? null : canonicalJson(change.before),
        after_json: change.after === undefined ? null : canonicalJson(change.after),
        prev_hash: hash,
      };
      hash = entryHash(entry);
      rows.push({ ...entry, hash });
    }
    await trx.insertInto('audit_entries').values(rows).execute();
    await trx.updateTable('audit_chains').set({ seq, hash }).where('org_id', '=', chain).execute();
  }
}

/**
 * Reads the head of a chain and holds it until commit: a no-op UPDATE takes PostgreSQL's row
 * lock (portable, unlike SELECT … FOR UPDATE, which SQLite lacks); SQLite serialises writers.
 */
async function lockChainHead(
  trx: Transaction<Database>,
  chain: string,
): Promise<{ seq: number; hash: string }> {
  const lock = () =>
    trx
      .updateTable('audit_chains')
      .set((eb) => ({ seq: eb.ref('seq') }))
      .where('org_id', '=', chain)
      .returning(['seq', 'hash'])
      .executeTakeFirst();
  const head = await lock();
  if (head) return head;
  await trx
    .insertInto('audit_chains')
    .values({ org_id: chain, seq: 0, hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('org_id').doNothing())
    .execute();
  const created = await lock();
  if (!created) throw new Error(`audit chain ${chain} could not be created`);
  return created;
}
