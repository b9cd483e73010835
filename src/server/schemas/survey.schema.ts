/** Schemas of satisfaction surveys (满意度调查). */

import { z } from 'zod';
import { SURVEY_ANSWERS } from '../../core/policy/survey.policy.js';
import { idParams } from './common.schema.js';

/** `POST /api/projects/:id/surveys` body. */
export const surveyBodySchema = z.strictObject({
  index: z.number().int().min(0).max(9999).describe('a satisfaction indicator of the table'),
  question: z
    .string()
    .max(500)
    .optional()
    .describe('default: 您对“<indicator name>”的满意程度如何？'),
  mode: z
    .enum(['open', 'invitation'])
    .default('open')
    .describe('open: one public link, one answer per device; invitation: single-use links'),
  invitations: z.number().int().min(1).max(5000).optional().describe('how many invitation links'),
});

/** A survey with its tally. */
export const surveySchema = z
  .object({
    id: z.string(),
    index: z.number().int(),
    indicatorName: z.string(),
    question: z.string(),
    mode: z.enum(['open', 'invitation']),
    state: z.enum(['open', 'closed']),
    link: z.string().nullable().describe('the public link of an open survey'),
    invitations: z.number().int(),
    invitationsUsed: z.number().int(),
    answers: z.record(z.enum(SURVEY_ANSWERS), z.number().int()),
    satisfied: z.number().int().describe('非常满意 + 满意'),
    total: z.number().int(),
    rate: z.number().nullable().describe('satisfied / total × 100, two places; null: no answers'),
    createdByName: z.string(),
    createdAt: z.string(),
    closedAt: z.string().nullable(),
    closedByName: z.string().nullable(),
  })
  .describe('Survey');

/** `POST /api/projects/:id/surveys` answer: the survey and its links, shown this once. */
export const surveyCreatedSchema = z.object({
  survey: surveySchema,
  links: z.array(z.string()).describe('public links (/s/<token>); invitations are shown only now'),
});

/** `…/surveys/:surveyId` path. */
export const surveyParams = idParams.extend({ surveyId: z.string().min(1).max(100) });
