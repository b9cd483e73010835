/** Schemas of projects, versions, findings, workflow, comments and history. */

import { z } from 'zod';
import { ROLES } from '../../core/policy/actor.js';
import { PROJECT_STATES } from '../../core/workflow/states.js';
import { WORKFLOW_ACTIONS } from '../../core/workflow/transitions.js';
import { findingSchema, summarySchema, targetTableSchema } from './common.schema.js';
import { GRADE_IDS, summaryFilterSchema } from './portfolio.schema.js';

/** Why a table is locked, in both languages (null: editable). */
export const lockSchema = z
  .object({ reason: z.string(), message: z.string(), messageEn: z.string() })
  .nullable();

/** A project as the API shows it. */
export const projectSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    year: z.number().int().nullable(),
    orgId: z.string(),
    orgName: z.string(),
    state: z.enum(PROJECT_STATES),
    /** The current version: the table's ETag. */
    version: z.number().int(),
    amountTotal: z.string().nullable(),
    indicatorCount: z.number().int(),
    /** Findings of the current version by severity and by category. */
    findingSummary: summarySchema.extend({ byCategory: z.record(z.string(), z.number().int()) }),
    /** 等级 of a complete self-evaluation; null while none is (see `scoreComplete`). */
    grade: z.enum(GRADE_IDS).nullable(),
    /** 总分 by the deployment's scoring profile; null until first computed. */
    scoreTotal: z.number().nullable(),
    /** False when some applicable indicator could not be scored yet. */
    scoreComplete: z.boolean().nullable(),
    scoreComputedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    locked: lockSchema,
    /** Workflow actions the caller may take now. */
    actions: z.array(z.enum(WORKFLOW_ACTIONS)),
    /** True when the caller may save a new version now. */
    canEdit: z.boolean(),
  })
  .describe('Project');

/** `GET /api/projects` query. */
export const projectQuerySchema = z
  .object({
    year: z.coerce.number().int().min(1990).max(2199).optional(),
    orgId: z.string().max(100).optional(),
    state: z.enum(PROJECT_STATES).optional(),
    q: z.string().max(200).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(500).default(50),
  })
  .extend(summaryFilterSchema.shape);

/** `GET /api/projects` answer. */
export const projectListSchema = z.object({
  items: z.array(projectSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A version without content. */
export const versionSchema = z.object({
  number: z.number().int(),
  sha256: z.string(),
  indicatorCount: z.number().int(),
  source: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** The author's login name (as the audit log records it). */
  createdByName: z.string(),
  /** The author's 姓名 as the account says it now; null for a system process. */
  createdByDisplayName: z.string().nullable(),
});

/** `GET /api/projects/:id/findings` answer. */
export const findingsSchema = z.object({
  version: z.number().int(),
  findings: z.array(findingSchema),
  summary: summarySchema,
});

/** The answer of a save or an import: the project, its new version and the review. */
export const savedSchema = z.object({
  project: projectSchema,
  version: z.number().int(),
  findings: z.array(findingSchema),
  summary: summarySchema,
});

/** `POST /api/imports` answer. */
export const importSchema = savedSchema.extend({
  table: targetTableSchema,
  /** Every table of the file, when it held several (a workbook with one sheet per project). */
  imported: z.array(
    z.object({ project: projectSchema, version: z.number().int(), summary: summarySchema }),
  ),
});

/** `POST /api/imports?dryRun=1` answer: what would be stored. Nothing is. */
export const importPreviewSchema = z.object({
  dryRun: z.literal(true),
  orgId: z.string(),
  tables: z.array(
    z.object({
      table: targetTableSchema,
      findings: z.array(findingSchema),
      summary: summarySchema,
    }),
  ),
});

/** `POST /api/imports` query. */
export const importQuerySchema = z.object({
  dryRun: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
  async: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .describe('1: answer 202 with a job at once and import in the background'),
});

/** `POST /api/projects/:id/transitions` body. */
export const transitionSchema = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  comment: z.string().max(4000).optional(),
});

/** A review comment. */
export const commentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  indicatorIndex: z.number().int().nullable(),
  indicatorName: z.string().nullable(),
  kind: z.enum(['review', 'transition']),
  action: z.string().nullable(),
  body: z.string(),
  authorName: z.string(),
  authorRole: z.enum(ROLES).nullable(),
  createdAt: z.string(),
});

/** `POST /api/projects/:id/comments` body. */
export const newCommentSchema = z.object({
  body: z.string().trim().min(1).max(4000),
  indicatorIndex: z.number().int().min(0).nullable().optional(),
});

/** `GET /api/projects/:id/comments` query. */
export const commentQuerySchema = z.object({
  indicator: z.coerce.number().int().min(0).optional(),
});

/** An audit entry as a project's history shows it. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  /** The actor's login name (as the audit log records it). */
  actorName: z.string(),
  /** The actor's 姓名 as the account says it now; null for a system process. */
  actorDisplayName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** `GET /api/projects/:id/history` answer. */
export const historySchema = z.object({
  versions: z.array(versionSchema),
  audit: z.array(auditEntrySchema),
});

/** A published table in the public list. */
export const publicTableSchema = z.object({
  id: z.string(),
  name: z.string(),
  year: z.number().int().nullable(),
  orgName: z.string(),
  amountTotal: z.string().nullable(),
  indicatorCount: z.number().int(),
  updatedAt: z.string(),
});

/** `GET /api/public/tables` query. */
export const publicQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2199).optional(),
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

/** `GET /api/projects/:id/versions/:number` params. */
export const versionParams = z.object({
  id: z.string().min(1).max(100),
  number: z.coerce.number().int().min(1),
});
