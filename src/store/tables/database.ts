/**
 * The database as Kysely sees it: one row type per table, snake_case like the columns. Row types
 * are not domain types; repositories map between them explicitly.
 */

import type { ActualUpdateTable, ExecutionUpdateTable } from './actual.table.js';
import type { ProjectAssignmentTable, ProjectEvaluationTable } from './assignment.table.js';
import type { AuditChainTable, AuditEntryTable } from './audit.table.js';
import type { CommentTable } from './comment.table.js';
import type { EvidenceFileTable } from './evidence.table.js';
import type { FindingTable } from './finding.table.js';
import type { ImportJobTable } from './import-job.table.js';
import type { MonitoringPeriodTable, MonitoringReportTable } from './monitoring.table.js';
import type { OrgTable } from './org.table.js';
import type { ProjectTable } from './project.table.js';
import type { RectificationTable } from './rectification.table.js';
import type { ApiTokenTable, SessionTable } from './session.table.js';
import type { SurveyInvitationTable, SurveyResponseTable, SurveyTable } from './survey.table.js';
import type { UserTable } from './user.table.js';
import type { TargetVersionTable } from './version.table.js';

/** Every table of the schema, as migrated by `migrations/`. */
export interface Database {
  orgs: OrgTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  projects: ProjectTable;
  target_versions: TargetVersionTable;
  findings: FindingTable;
  comments: CommentTable;
  audit_entries: AuditEntryTable;
  audit_chains: AuditChainTable;
  actual_updates: ActualUpdateTable;
  execution_updates: ExecutionUpdateTable;
  evidence_files: EvidenceFileTable;
  monitoring_reports: MonitoringReportTable;
  monitoring_periods: MonitoringPeriodTable;
  rectifications: RectificationTable;
  surveys: SurveyTable;
  survey_invitations: SurveyInvitationTable;
  survey_responses: SurveyResponseTable;
  project_assignments: ProjectAssignmentTable;
  project_evaluations: ProjectEvaluationTable;
  import_jobs: ImportJobTable;
}
