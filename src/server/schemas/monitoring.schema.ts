/** Schemas of monitoring (双监控) checkpoints and of rectification (整改). */

import { z } from 'zod';
import type { MonitoringReport } from '../../core/monitoring/monitoring-report.js';
import { bilingualSchema, idParams } from './common.schema.js';
import { lockSchema } from './project.schema.js';

/** `/api/projects/:id/monitoring/:checkpoint` path: `1-7` for 1–7月. */
export const checkpointParams = idParams.extend({
  checkpoint: z.string().min(1).max(20).describe('a checkpoint of the monitoring profile: 1-7'),
});

const value = z
  .union([z.string().max(200), z.object({ raw: z.string().max(200) }).loose()])
  .nullable()
  .optional();

/** `PUT …/monitoring/:checkpoint` body (validated again by core/monitoring). */
export const monitoringBodySchema = z.object({
  execution: z
    .object({
      budget: z.string().max(24).nullable().optional().describe('全年预算数, yuan'),
      spent: z.string().max(24).nullable().optional().describe('执行数 so far, yuan'),
    })
    .nullable()
    .optional(),
  entries: z
    .array(
      z
        .object({
          index: z.number().int().min(0).max(9999),
          current: value.describe('当前完成值 as written'),
          expected: value.describe('全年预计完成值 as written'),
          deviation: z
            .object({
              category: z
                .string()
                .max(50)
                .nullable()
                .optional()
                .describe('funding | institutional | staffing | facilities | other, or 经费保障…'),
              text: z.string().max(4000).nullable().optional(),
            })
            .nullable()
            .optional()
            .describe('偏差原因'),
          likelihood: z
            .string()
            .max(50)
            .nullable()
            .optional()
            .describe('完成目标可能性: certain | possible | impossible, or 确定能…'),
        })
        .loose(),
    )
    .max(10_000),
});

/** The MonitoringReport of core/monitoring, described loosely (the core type is the authority). */
export const monitoringReportSchema = z
  .object({
    profile: z.string(),
    month: z.number().int(),
    period: bilingualSchema,
    timeProgress: z.number(),
    budget: z
      .object({
        rate: z.number().nullable(),
        v: z.number().nullable(),
        light: z.string(),
        explain: bilingualSchema,
      })
      .loose(),
    indicators: z.array(
      z.object({ index: z.number().int(), light: z.string(), explain: bilingualSchema }).loose(),
    ),
    lights: z.object({}).loose(),
    findings: z.array(z.object({}).loose()),
  })
  .loose()
  .describe('MonitoringReport') as unknown as z.ZodType<MonitoringReport>;

/** One checkpoint of a project. */
export const checkpointSchema = z
  .object({
    checkpoint: z.string(),
    month: z.number().int(),
    period: bilingualSchema,
    state: z.enum(['open', 'closed']),
    locked: lockSchema,
    closed: z
      .object({
        at: z.string().nullable(),
        by: z.string().nullable(),
        reason: z.string().nullable(),
      })
      .nullable(),
    canEdit: z.boolean(),
    canClose: z.boolean(),
    canReopen: z.boolean(),
    filed: z
      .object({ number: z.number().int(), authorName: z.string(), createdAt: z.string() })
      .nullable()
      .describe('the latest save; null: nothing filed yet'),
    input: z.unknown().describe('what was filed, values as written'),
    report: monitoringReportSchema,
  })
  .describe('MonitoringCheckpoint');

/** `GET /api/projects/:id/monitoring`. */
export const checkpointListSchema = z.object({
  profile: z.object({ id: z.string(), name: bilingualSchema }),
  checkpoints: z.array(
    z.object({
      checkpoint: z.string(),
      month: z.number().int(),
      period: bilingualSchema,
      state: z.enum(['open', 'closed']),
      filed: z.object({ number: z.number().int(), createdAt: z.string() }).nullable(),
    }),
  ),
});

/** `POST …/close` and `…/reopen` body. */
export const periodBodySchema = z.strictObject({
  reason: z.string().max(2000).optional().describe('required to reopen'),
});

const stepSchema = z.object({
  action: z.string(),
  by: z.string(),
  at: z.string(),
  text: z.string(),
});

/** A rectification (整改) with its steps. */
export const rectificationSchema = z
  .object({
    id: z.string(),
    indicators: z.array(z.number().int()),
    indicatorNames: z.array(z.string()),
    category: z.string().nullable(),
    dueDate: z.string().nullable(),
    state: z.enum(['requested', 'measures', 'result', 'closed']),
    steps: z.array(stepSchema),
    requestedBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    actions: z
      .array(z.enum(['submit-measures', 'submit-result', 'return', 'close']))
      .describe('steps the caller may take now'),
  })
  .describe('Rectification');

/** `POST /api/projects/:id/rectifications` body. */
export const rectificationBodySchema = z.strictObject({
  text: z.string().max(20_000).describe('整改要求: what must be put right'),
  indicators: z.array(z.number().int().min(0).max(9999)).max(1000).optional(),
  category: z
    .enum(['funding', 'institutional', 'staffing', 'facilities', 'other'])
    .nullable()
    .optional(),
  dueDate: z.iso.date().nullable().optional(),
});

/** `…/rectifications/:rectificationId/steps` path and body. */
export const rectificationParams = idParams.extend({
  rectificationId: z.string().min(1).max(100),
});
export const rectificationStepSchema = z.strictObject({
  action: z.enum(['submit-measures', 'submit-result', 'return', 'close']),
  text: z.string().max(20_000).default(''),
});
