/**
 * Shapes of the HTTP API as the app reads them (DESIGN.md "HTTP API"). The table itself is the
 * interchange format from core; everything else is the server's presenters.
 */
import type { TargetTable } from '../../core/table/target-table.js';

export type Role =
  | 'admin'
  | 'finance-reviewer'
  | 'department-reviewer'
  | 'unit-filer'
  | 'evaluator';

export type OrgKind = 'finance' | 'department' | 'unit';

export interface Org {
  readonly id: string;
  readonly name: string;
  readonly kind: OrgKind;
  readonly parentId: string | null;
}

export interface Me {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly orgId: string;
  readonly orgName?: string;
  readonly displayName?: string | null;
  readonly csrfToken?: string;
}

export interface User {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly orgId: string;
  readonly displayName?: string | null;
  readonly disabled?: boolean;
}

/** Where a project is in the review workflow. */
export type ProjectState = string;

/** An action of the workflow: submit, return, approve, publish. */
export type WorkflowAction = string;

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly year: number | null;
  readonly orgId: string;
  readonly orgName?: string;
  readonly state: ProjectState;
  readonly version: number;
  readonly amountTotal?: string | null;
  readonly indicatorCount?: number;
  readonly findingCount?: {
    readonly error: number;
    readonly warning: number;
    readonly info: number;
  };
  readonly grade?: string | null;
  readonly updatedAt?: string;
  /** Actions the caller may take now (when the server says so). */
  readonly actions?: readonly WorkflowAction[];
}

export interface ProjectList {
  readonly items: readonly Project[];
  readonly total: number;
}

/** A finding of the review engine (DESIGN.md "Review findings"). */
export interface ApiFinding {
  readonly rule: string;
  readonly category: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly indicators?: readonly number[];
  readonly message: string;
  readonly messageEn: string;
  readonly suggestion?: string;
  readonly suggestionEn?: string;
}

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export interface ImportResult {
  readonly project?: Project;
  readonly version?: number;
  readonly table: TargetTable;
  readonly findings: readonly ApiFinding[];
  readonly summary?: FindingSummary;
}

export interface Comment {
  readonly id: string;
  readonly indicator: number | null;
  readonly body: string;
  readonly author: string;
  readonly authorRole?: Role;
  readonly at: string;
}

export interface HistoryVersion {
  readonly version: number;
  readonly at: string;
  readonly author: string;
  readonly note?: string | null;
}

export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly detail?: string | null;
  readonly comment?: string | null;
}

export interface History {
  readonly versions: readonly HistoryVersion[];
  readonly audit: readonly AuditEntry[];
}

export interface PublicTable {
  readonly id: string;
  readonly name: string;
  readonly year: number | null;
  readonly orgName: string;
  readonly publishedAt?: string;
  readonly table?: TargetTable;
}
