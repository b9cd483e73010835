/**
 * Row of `audit_entries`: one change, append-only, chained per organisation by SHA-256 over a
 * canonical serialisation of the entry and the previous entry's hash.
 */
export interface AuditEntryTable {
  /** The chain: the organisation owning what changed ("system" for system-wide changes). */
  org_id: string;
  /** 1, 2, 3… within the chain, without gaps. */
  seq: number;
  at: string;
  actor_id: string | null;
  actor_name: string;
  /** What happened: project.import, table.save, project.transition, user.create… */
  action: string;
  entity: string;
  entity_id: string;
  /** The project concerned, so a project's history is one query. */
  project_id: string | null;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** Row of `audit_chains`: the head of each chain, locked while an entry is appended. */
export interface AuditChainTable {
  org_id: string;
  seq: number;
  hash: string;
}
