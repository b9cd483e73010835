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
  readonly path?: string;
  readonly createdAt?: string;
}

export interface Me {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  /** Null only for a system administrator above every tree. */
  readonly orgId: string | null;
  readonly orgName?: string | null;
  readonly displayName?: string | null;
  readonly csrfToken?: string | null;
}

export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly orgId: string | null;
  readonly orgName: string | null;
  readonly lockedUntil: string | null;
  readonly createdAt: string;
}

export type { ProjectState } from '../../core/workflow/states.js';
export type { WorkflowAction } from '../../core/workflow/transitions.js';

import type { GradeId } from '../../core/scoring/scoring-profile.js';
import type { ProjectState } from '../../core/workflow/states.js';
import type { WorkflowAction } from '../../core/workflow/transitions.js';

export interface FindingSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  /** Findings of the current version by category (the list and a project carry it). */
  readonly byCategory?: Readonly<Record<string, number>>;
}

export interface Project {
  readonly id: string;
  readonly name: string;
  readonly year: number | null;
  readonly orgId: string;
  readonly orgName: string;
  readonly state: ProjectState;
  readonly version: number;
  /** 项目总金额, a decimal string of yuan. */
  readonly amountTotal: string | null;
  readonly indicatorCount: number;
  readonly findingSummary: FindingSummary;
  /** 等级 of a complete self-evaluation; null while there is none. */
  readonly grade?: GradeId | null;
  /** 总分 as stored by the server; null until first computed. */
  readonly scoreTotal?: number | null;
  /** False while some indicator cannot be scored yet. */
  readonly scoreComplete?: boolean | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Actions the caller may take now, when the server says so. */
  readonly actions?: readonly WorkflowAction[];
  /** Why the table cannot be changed now (always said, never a silent lock). */
  readonly locked?: {
    readonly reason: string;
    readonly message: string;
    readonly messageEn: string;
  } | null;
  /** Whether the caller may save a new version now. */
  readonly canEdit?: boolean;
}

export interface ProjectList {
  readonly items: readonly Project[];
  readonly total: number;
}

/** A finding of the review engine (DESIGN.md "Review findings"). */
export type { Finding as ApiFinding } from '../../core/review/index.js';

import type { Finding } from '../../core/review/index.js';

export interface ImportResult {
  readonly project?: Project;
  readonly version?: number;
  readonly table: TargetTable;
  readonly findings: readonly Finding[];
  readonly summary?: FindingSummary;
}

/** 审核意见: on the whole table or one indicator; also the opinion given with an action. */
export interface ReviewComment {
  readonly id: string;
  readonly version: number;
  readonly indicatorIndex: number | null;
  readonly indicatorName: string | null;
  readonly kind: 'review' | 'transition';
  readonly action: string | null;
  readonly body: string;
  readonly authorName: string;
  readonly authorRole: Role | null;
  readonly createdAt: string;
}

export interface HistoryVersion {
  readonly number: number;
  readonly source: string;
  readonly note: string | null;
  readonly indicatorCount: number;
  readonly createdAt: string;
  /** The login name. */
  readonly createdByName: string;
  /** The person's 姓名; null for a system process. */
  readonly createdByDisplayName?: string | null;
}

export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  /** The login name. */
  readonly actorName: string;
  /** The person's 姓名; null for a system process. */
  readonly actorDisplayName?: string | null;
  readonly action: string;
  readonly entity: string;
  readonly before: unknown;
  readonly after: unknown;
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
  readonly updatedAt?: string;
  readonly amountTotal?: string | null;
  readonly indicatorCount?: number;
  readonly table?: TargetTable;
}
