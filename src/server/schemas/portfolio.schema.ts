/**
 * Schemas of the portfolio (`GET /api/portfolio`) and of the project list's summary filters:
 * grade (优/良/中/差 or the grade ids) and findings by category or severity.
 */

import { z } from 'zod';
import { FINDING_CATEGORIES } from '../../core/review/finding.js';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import { PROJECT_STATES } from '../../core/workflow/states.js';
import { summarySchema } from './common.schema.js';

/** Grade ids in the order of the grades, best first. */
export const GRADE_IDS = ['excellent', 'good', 'fair', 'poor'] as const satisfies GradeId[];

/** The grade a label names: 优 → excellent (the ids are accepted as they are). */
const GRADE_LABELS: Readonly<Record<string, GradeId>> = {
  优: 'excellent',
  良: 'good',
  中: 'fair',
  差: 'poor',
  excellent: 'excellent',
  good: 'good',
  fair: 'fair',
  poor: 'poor',
};

/** `grade=优|良|中|差` (or excellent, good, fair, poor) → a grade id. */
export const gradeParam = z
  .enum(Object.keys(GRADE_LABELS) as [string, ...string[]])
  .transform((label) => GRADE_LABELS[label]!)
  .describe('等级 优/良/中/差 (or excellent, good, fair, poor) of a complete self-evaluation');

/** The list's filters on the stored summary. */
export const summaryFilterSchema = z.object({
  grade: gradeParam.optional(),
  findingCategory: z
    .enum(FINDING_CATEGORIES as [string, ...string[]])
    .optional()
    .describe('projects whose current version has a finding of this category'),
  findingSeverity: z
    .enum(['error', 'warning', 'info'])
    .optional()
    .describe('projects with a finding of this severity (of `findingCategory` when given)'),
});

/** `GET /api/portfolio` query: the list's year and organisation filters. */
export const portfolioQuerySchema = z.object({
  year: z.coerce.number().int().min(1990).max(2199).optional(),
  orgId: z.string().max(100).optional(),
});

const lightsSchema = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  none: z.number().int(),
});

/** `GET /api/portfolio` answer. */
export const portfolioSchema = z
  .object({
    year: z.number().int().nullable(),
    orgId: z.string().nullable(),
    projects: z.object({
      total: z.number().int(),
      byState: z.record(z.enum(PROJECT_STATES), z.number().int()),
      indicators: z.number().int(),
      /** Projects whose current version has at least one error. */
      withErrors: z.number().int(),
      /** 项目总金额 summed exactly, yuan with two places; null when no project states one. */
      amountTotal: z.string().nullable(),
    }),
    findings: z.object({
      bySeverity: summarySchema,
      /** Every category of the review, in its order, then any other found. */
      byCategory: z.array(
        z.object({
          category: z.string(),
          error: z.number().int(),
          warning: z.number().int(),
          info: z.number().int(),
          total: z.number().int(),
        }),
      ),
    }),
    grades: z.object({
      excellent: z.number().int(),
      good: z.number().int(),
      fair: z.number().int(),
      poor: z.number().int(),
      /** Scored, but some applicable indicator could not be: no real grade yet. */
      incomplete: z.number().int(),
      /** Never scored yet (no write since the score was introduced). */
      unscored: z.number().int(),
    }),
    monitoring: z.object({
      /** Projects with a filed checkpoint, and without one. */
      reported: z.number().int(),
      notReported: z.number().int(),
      /** Reported projects by the budget light of their latest checkpoint. */
      budget: lightsSchema,
      /** Indicator lights of those checkpoints, summed (`none`: nothing reported for it). */
      indicators: lightsSchema,
    }),
    orgs: z.array(
      z.object({
        orgId: z.string(),
        orgName: z.string(),
        projects: z.number().int(),
        amountTotal: z.string().nullable(),
        /** Mean of the complete scores, two places; null when none is complete. */
        meanScore: z.number().nullable(),
        scored: z.number().int(),
      }),
    ),
  })
  .describe('Portfolio');
