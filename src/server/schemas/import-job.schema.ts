/** Schemas of imports running in the background. */

import { z } from 'zod';
import { idParams, summarySchema } from './common.schema.js';

/** An import job: where it is, and what it stored or why it failed. */
export const importJobSchema = z
  .object({
    id: z.string(),
    state: z
      .enum(['queued', 'reading', 'reviewing', 'storing', 'done', 'failed'])
      .describe('queued → reading → reviewing → storing → done, or failed'),
    progress: z.number().min(0).max(1).describe('0–1'),
    fileName: z.string(),
    size: z.number().int().describe('bytes uploaded'),
    orgId: z.string().describe('the unit the tables go to'),
    createdByName: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    imported: z
      .array(
        z.object({
          id: z.string().describe('the new project'),
          name: z.string(),
          version: z.number().int(),
          indicatorCount: z.number().int(),
          summary: summarySchema,
        }),
      )
      .nullable()
      .describe('once done: the projects stored, one per table of the file'),
    error: z
      .object({
        code: z.string(),
        status: z.number().int(),
        message: z.string(),
        messageEn: z.string(),
      })
      .nullable()
      .describe("once failed: the reader's bilingual error (or importInterrupted, internal)"),
  })
  .describe('ImportJob');

/** `GET /api/imports/jobs/:id` path. */
export const importJobParams = idParams;
