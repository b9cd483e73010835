/** Reading the audit log: a project's history, and verifying every chain. */

import type { Selectable } from 'kysely';
import { entryHash, GENESIS_HASH } from '../audit/chain.js';
import type { Queryable } from '../mutate.js';
import type { AuditEntryTable } from '../tables/audit.table.js';

/** An audit entry as the API shows it. */
export interface AuditEntry {
  readonly orgId: string;
  readonly seq: number;
  readonly at: string;
  readonly actorId: string | null;
  readonly actorName: string;
  readonly action: string;
  readonly entity: string;
  readonly entityId: string;
  readonly projectId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly hash: string;
}

/** Maps a row to an `AuditEntry`, parsing before and after. */
export function rowToAuditEntry(row: Selectable<AuditEntryTable>): AuditEntry {
  return {
    orgId: row.org_id,
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    projectId: row.project_id,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
    hash: row.hash,
  };
}

/** An audit entry in a project's history, with the actor's display name. */
export interface ListedAuditEntry extends AuditEntry {
  /** The actor's 姓名 as the account says it now; null for a system process. */
  readonly actorDisplayName: string | null;
}

/** Every audit entry about a project, in order, with each actor's display name. */
export async function listProjectAudit(
  q: Queryable,
  projectId: string,
): Promise<ListedAuditEntry[]> {
  const rows = await q
    .selectFrom('audit_entries')
    .leftJoin('users', 'users.id', 'audit_entries.actor_id')
    .selectAll('audit_entries')
    .select('users.display_name as actor_display_name')
    .where('audit_entries.project_id', '=', projectId)
    .orderBy('audit_entries.seq')
    .execute();
  return rows.map(({ actor_display_name, ...row }) => ({
    ...rowToAuditEntry(row),
    actorDisplayName: actor_display_name,
  }));
}

/** A break in a chain, located. */
export interface AuditProblem {
  readonly orgId: string;
  readonly seq: number;
  /**
   * edited: the entry's content no longer matches its hash; broken-link: it does not follow
   * the entry before it (that one was altered and rehashed); missing: entries are absent;
   * truncated: the chain's last entries are gone; head: the chain's head row disagrees.
   */
  readonly kind: 'edited' | 'broken-link' | 'missing' | 'truncated' | 'head';
  /** For missing and truncated: the last absent seq. */
  readonly toSeq?: number;
}

/** The result of verifying every chain. */
export interface AuditReport {
  readonly ok: boolean;
  readonly chains: number;
  readonly entries: number;
  readonly problems: readonly AuditProblem[];
}

/** Rows read per page while verifying, so a long log never sits in memory at once. */
const PAGE = 2000;

/** Recomputes every hash of every chain and reports each edited, missing or reordered entry. */
export async function verifyAudit(q: Queryable): Promise<AuditReport> {
  const heads = await q.selectFrom('audit_chains').selectAll().orderBy('org_id').execute();
  const problems: AuditProblem[] = [];
  let entries = 0;
  const seen = new Set<string>();
  for (const head of heads) {
    seen.add(head.org_id);
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let after = 0;
    for (;;) {
      const page = await q
        .selectFrom('audit_entries')
        .selectAll()
        .where('org_id', '=', head.org_id)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(PAGE)
        .execute();
      for (const row of page) {
        entries += 1;
        const gap = row.seq > expectedSeq;
        if (gap)
          problems.push({
            orgId: row.org_id,
            seq: expectedSeq,
            kind: 'missing',
            toSeq: row.seq - 1,
          });
        const { hash, ...rest } = row;
        if (entryHash(rest) !== hash)
          problems.push({ orgId: row.org_id, seq: row.seq, kind: 'edited' });
        // After a gap the link cannot be checked: its predecessor is the missing entry.
        else if (!gap && row.prev_hash !== prevHash)
          problems.push({ orgId: row.org_id, seq: row.seq, kind: 'broken-link' });
        prevHash = hash;
        expectedSeq = row.seq + 1;
        after = row.seq;
      }
      if (page.length < PAGE) break;
    }
    const last = expectedSeq - 1;
    if (head.seq > last)
      problems.push({ orgId: head.org_id, seq: last + 1, kind: 'truncated', toSeq: head.seq });
    else if (head.seq < last || head.hash !== prevHash)
      problems.push({ orgId: head.org_id, seq: head.seq, kind: 'head' });
  }
  // Entries of a chain whose head row was deleted.
  const orphans = await q
    .selectFrom('audit_entries')
    .select(['org_id', (eb) => eb.fn.min('seq').as('seq'), (eb) => eb.fn.countAll().as('n')])
    .groupBy('org_id')
    .execute();
  for (const o of orphans) {
    if (seen.has(o.org_id)) continue;
    entries += Number(o.n);
    problems.push({ orgId: o.org_id, seq: Number(o.seq), kind: 'head' });
  }
  return { ok: problems.length === 0, chains: heads.length, entries, problems };
}
