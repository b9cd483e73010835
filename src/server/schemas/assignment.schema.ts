/** Schemas of evaluator assignments and third-party evaluations (第三方评价). */

import { z } from 'zod';
import { bilingualSchema, idParams } from './common.schema.js';

/** One assignment of an evaluator account or organisation to a project. */
export const assignmentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['user', 'org']).describe('an evaluator account, or an evaluating organisation'),
    assigneeId: z.string(),
    assigneeName: z.string().describe('the username, or the organisation’s name'),
    assigneeOrgName: z.string().nullable(),
    createdByName: z.string(),
    createdAt: z.string(),
  })
  .describe('Assignment');

/** `GET /api/projects/:id/assignments`. */
export const assignmentsSchema = z.object({
  items: z.array(assignmentSchema),
  canAssign: z.boolean().describe('the caller may assign and remove evaluators'),
  candidates: z
    .array(
      z.object({
        kind: z.enum(['user', 'org']),
        id: z.string(),
        name: z.string(),
        orgName: z.string().nullable(),
      }),
    )
    .describe('evaluators the caller may assign (empty unless it may)'),
});

/** `POST /api/projects/:id/assignments` body: an evaluator account or an organisation. */
export const assignBodySchema = z.union([
  z.strictObject({ userId: z.string().min(1).max(100).describe('an evaluator account') }),
  z.strictObject({
    orgId: z.string().min(1).max(100).describe('an organisation where evaluators hold accounts'),
  }),
]);

/** `…/assignments/:assignmentId` path. */
export const assignmentParams = idParams.extend({ assignmentId: z.string().min(1).max(100) });

const GRADES = ['excellent', 'good', 'fair', 'poor'] as const;

/** A third-party evaluation. */
export const evaluationSchema = z
  .object({
    score: z.number(),
    grade: z.enum(GRADES),
    gradeLabel: bilingualSchema.describe('优 / 良 / 中 / 差'),
    opinion: z.string(),
    evaluatorName: z.string(),
    evaluatorOrgName: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe('Evaluation');

/** `GET /api/projects/:id/evaluation`. */
export const evaluationViewSchema = z.object({
  evaluation: evaluationSchema.nullable().describe('null until an evaluator records one'),
  canEvaluate: z.boolean().describe('the caller is an assigned evaluator'),
});

/** `PUT /api/projects/:id/evaluation` body. */
export const evaluationBodySchema = z.strictObject({
  score: z.number().min(0).max(100).describe('score out of 100'),
  grade: z
    .enum(GRADES)
    .optional()
    .describe('优 excellent / 良 good / 中 fair / 差 poor; absent: from the national grade bands'),
  opinion: z.string().trim().min(1).max(20_000).describe('评价意见'),
});
