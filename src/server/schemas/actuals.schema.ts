/** Schemas of actuals (实际完成值), budget execution, evidence (佐证材料) and scores. */

import { z } from 'zod';
import { SCORING_PROFILES } from '../../core/scoring/profiles.js';
import type { ScoreReport } from '../../core/scoring/score-report.js';
import { PROJECT_STATES } from '../../core/workflow/states.js';
import { bilingualSchema, idParams, summarySchema } from './common.schema.js';
import { lockSchema } from './project.schema.js';

/** An amount of yuan as an exact decimal string: "27890645.00". */
const yuan = z
  .string()
  .regex(
    /^\d{1,13}(?:\.\d{1,2})?$/,
    'an amount is a decimal string of yuan with at most two places',
  )
  .describe('元, exact decimal string such as "27890645.00"');

/** `PUT /api/projects/:id/actuals` body: the indicators that change, and the execution line. */
export const actualsBodySchema = z.object({
  entries: z
    .array(
      z.strictObject({
        index: z.number().int().min(0).max(9999).describe('index into the current table'),
        name: z
          .string()
          .max(500)
          .optional()
          .describe('the indicator name the client saw; a different current name answers 409'),
        actual: z
          .string()
          .max(200)
          .nullable()
          .optional()
          .describe('实际完成值 as written ("12场", "91.5%", "183/200"); null clears it'),
        weight: z.number().min(0).max(100).nullable().optional().describe('分值 set by the unit'),
        score: z
          .number()
          .min(0)
          .max(100)
          .nullable()
          .optional()
          .describe('得分 stated by the unit (qualitative indicators, within their tier)'),
        deviationReason: z
          .string()
          .max(4000)
          .nullable()
          .optional()
          .describe('偏差原因分析及改进措施'),
      }),
    )
    .max(10_000)
    .default([])
    .describe('absent fields keep their current value; null clears one'),
  execution: z
    .strictObject({
      initialBudget: yuan.nullable().optional().describe('年初预算数'),
      budget: yuan.nullable().optional().describe('全年预算数'),
      spent: yuan.nullable().optional().describe('全年执行数'),
      reason: z.string().max(4000).nullable().optional().describe('why execution is low'),
    })
    .optional(),
});

const reviewSchema = z.object({
  state: z.enum(['pending', 'approved', 'rejected']),
  byName: z.string().nullable(),
  at: z.string().nullable(),
  comment: z.string().nullable(),
});

const countsSchema = z
  .object({ numerator: z.number(), denominator: z.number() })
  .nullable()
  .describe('a rate counted from answers: 183 of 200');

/** One update of one indicator's actual. */
export const actualUpdateSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    version: z.number().int(),
    index: z.number().int(),
    name: z.string(),
    actual: z.string().nullable(),
    weight: z.number().nullable(),
    score: z.number().nullable(),
    deviationReason: z.string().nullable(),
    counts: countsSchema,
    source: z.enum(['entry', 'survey']),
    authorName: z.string().describe('who entered it (for a correction: the reviewer)'),
    authorRole: z.string().nullable(),
    createdAt: z.string(),
    onBehalfOf: z
      .string()
      .nullable()
      .describe('a correction: the original author it was entered for; null otherwise'),
    correctedFrom: z.string().nullable().describe('a correction: the id of the update corrected'),
    correctionReason: z.string().nullable().describe('a correction: why the reviewer corrected'),
    review: reviewSchema,
  })
  .describe('ActualUpdate');

/** An evidence file's metadata. */
export const evidenceSchema = z
  .object({
    id: z.string(),
    index: z.number().int(),
    indicatorName: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedByName: z.string(),
    createdAt: z.string(),
    url: z.string().describe('where to download it'),
  })
  .describe('Evidence');

/** The execution line as recorded (or as the table states it). */
const executionSchema = z.object({
  initialBudget: z.string().nullable(),
  budget: z.string().nullable(),
  spent: z.string().nullable(),
  reason: z.string().nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

/** `GET /api/projects/:id/actuals`. */
export const actualsSchema = z
  .object({
    projectId: z.string(),
    version: z.number().int(),
    state: z.enum(PROJECT_STATES),
    canEdit: z.boolean().describe('the caller may record actuals now'),
    canReview: z.boolean().describe('the caller may review updates (not their own)'),
    canCorrect: z
      .boolean()
      .describe(
        'the caller may correct current values (a reviewer, once the targets are approved)',
      ),
    locked: lockSchema,
    indicators: z.array(
      z.object({
        index: z.number().int(),
        name: z.string(),
        level1: z.string().nullable(),
        level2: z.string().nullable(),
        target: z.string().describe('指标值 as written'),
        actual: z.string().nullable(),
        weight: z.number().nullable(),
        score: z.number().nullable(),
        deviationReason: z.string().nullable(),
        counts: countsSchema,
        update: actualUpdateSchema
          .nullable()
          .describe(
            'the current update: the latest not rejected (approved or pending), with its review; null: none',
          ),
        rejected: actualUpdateSchema
          .nullable()
          .describe('a newer update that was rejected (it does not count), or null'),
        evidence: z.array(evidenceSchema),
      }),
    ),
    execution: executionSchema,
  })
  .describe('Actuals');

/** `PUT /api/projects/:id/actuals` answer. */
export const actualsSavedSchema = z.object({
  written: z.number().int().describe('updates written; unchanged entries write none'),
  actuals: actualsSchema,
});

/** `GET /api/projects/:id/actuals/history` query. */
export const historyQuerySchema = z.object({
  index: z.coerce.number().int().min(0).max(9999).optional(),
});

/** `…/actuals/updates/:updateId/review` path. */
export const updateParams = idParams.extend({ updateId: z.string().min(1).max(100) });

/** `POST …/updates/:updateId/correction` body: the corrected values and why. */
export const correctionBodySchema = z.strictObject({
  actual: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('实际完成值 as written; absent keeps the corrected update’s, null clears it'),
  weight: z.number().min(0).max(100).nullable().optional().describe('分值'),
  score: z.number().min(0).max(100).nullable().optional().describe('得分 (qualitative)'),
  deviationReason: z.string().max(4000).nullable().optional().describe('偏差原因分析及改进措施'),
  reason: z.string().max(4000).optional().describe('why the reviewer corrects (required)'),
});

/** `POST …/review` body. */
export const reviewBodySchema = z.strictObject({
  decision: z.enum(['approved', 'rejected']),
  comment: z.string().max(4000).optional().describe('required to reject'),
});

/** `/api/projects/:id/indicators/:index/evidence` path. */
export const indicatorParams = idParams.extend({
  index: z.coerce.number().int().min(0).max(9999),
});

/** `…/evidence/:evidenceId` path. */
export const evidenceParams = indicatorParams.extend({ evidenceId: z.string().min(1).max(100) });

/** `GET …/evidence/:evidenceId` query: `inline=1` previews a PDF or an image in the page. */
export const evidenceQuerySchema = z.object({
  inline: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true')
    .describe('1: show a PDF or image in the page (Content-Disposition: inline)'),
});

/** `GET /api/projects/:id/score` query. */
export const scoreQuerySchema = z.object({
  profile: z
    .enum(Object.keys(SCORING_PROFILES) as [string, ...string[]])
    .default('national')
    .describe('scoring profile: national (10/50/30/10), sichuan (10+90), hubei (20+80)'),
});

/**
 * The ScoreReport of core/scoring. Described loosely (the core type is the authority): every
 * indicator's score comes with its rule, formula and explanation in both languages.
 */
export const scoreReportSchema = z
  .object({
    profile: z.string(),
    total: z.number(),
    totalRaw: z.number(),
    maxTotal: z.number(),
    grade: z.string(),
    gradeLabel: bilingualSchema,
    complete: z.boolean(),
    budget: z
      .object({
        weight: z.number(),
        score: z.number(),
        rate: z.number().nullable(),
        explain: bilingualSchema,
      })
      .loose(),
    groups: z.array(z.object({}).loose()),
    indicators: z.array(
      z
        .object({
          index: z.number().int(),
          name: z.string(),
          weight: z.number(),
          score: z.number(),
          rule: z.string(),
          formula: z.string(),
          explain: bilingualSchema,
        })
        .loose(),
    ),
    findings: z.array(z.object({}).loose()),
    summary: summarySchema,
  })
  .loose()
  .describe('ScoreReport') as unknown as z.ZodType<ScoreReport>;
