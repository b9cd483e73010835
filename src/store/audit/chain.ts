/**
 * The hash chain of the audit log. Each entry's hash is SHA-256 over the canonical
 * serialisation of all its columns and the previous entry's hash, so editing or deleting any
 * entry breaks the chain from there on.
 */

import { createHash } from 'node:crypto';
import type { AuditEntryTable } from '../tables/audit.table.js';
import { canonicalJson } from './canonical.js';

/** The `prev_hash` of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain of changes that belong to no organisation (a system administrator's account). */
export const SYSTEM_CHAIN = 'system';

/** The hash an entry must carry, computed from every other column. */
export function entryHash(entry: Omit<AuditEntryTable, 'hash'>): string {
  const canonical = canonicalJson({
    org_id: entry.org_id,
    seq: entry.seq,
    at: entry.at,
    actor_id: entry.actor_id,
    actor_name: entry.actor_name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entity_id,
    project_id: entry.project_id,
    before_json: entry.before_json,
    after_json: entry.after_json,
    prev_hash: entry.prev_hash,
  });
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** SHA-256 (hex) of a text, for contents and tokens. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
