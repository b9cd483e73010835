/** Schemas shared by many routes: errors, ids, the bilingual text, findings. */

import { z } from 'zod';
import type { TargetTable } from '../../core/table/target-table.js';
import type { StoredFinding } from '../../store/repositories/finding.repository.js';

/** The body of every error response. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('stable code from the catalogue (docs/operations.md)'),
      message: z.string().describe('Chinese'),
      messageEn: z.string().describe('English'),
      details: z.unknown().optional(),
    }),
  })
  .describe('Error');

/** Error responses a route may send, for the OpenAPI document. */
export function errors(...statuses: readonly number[]): Record<number, typeof errorSchema> {
  return Object.fromEntries(statuses.map((s) => [s, errorSchema]));
}

/** A path parameter `:id`. */
export const idParams = z.object({ id: z.string().min(1).max(100) });

/** Text in both languages. */
export const bilingualSchema = z.object({ zh: z.string(), en: z.string() });

const locationSchema = z
  .object({
    line: z.number().optional(),
    sheet: z.string().optional(),
    cell: z.string().optional(),
    table: z.number().optional(),
    row: z.number().optional(),
    page: z.number().optional(),
  })
  .loose();

/**
 * A review finding (DESIGN.md). Typed as the store's finding so handlers return what they
 * hold; at run time it is the schema below.
 */
export const findingSchema: z.ZodType<StoredFinding> = z
  .object({
    rule: z.string(),
    category: z.string(),
    criterion: z.string().optional(),
    severity: z.enum(['error', 'warning', 'info']),
    indicators: z.array(z.number()).optional(),
    at: z.array(locationSchema).optional(),
    message: z.string(),
    messageEn: z.string(),
    suggestion: z.string().optional(),
    suggestionEn: z.string().optional(),
  })
  .loose();

/** Findings by severity. */
export const summarySchema = z.object({
  error: z.number().int(),
  warning: z.number().int(),
  info: z.number().int(),
});

/**
 * A target table in the interchange format, as responses carry it. Described loosely: the
 * authoritative schema is `targetTableInput` (core/table), which validates what clients send.
 */
export const targetTableSchema: z.ZodType<TargetTable> = z
  .object({
    format: z.literal('jixiao.target-table/1'),
    framework: z.string(),
    project: z.object({}).loose(),
    indicators: z.array(z.object({}).loose()),
    execution: z.object({}).loose().nullable(),
    warnings: z.array(z.object({}).loose()),
  })
  .loose()
  .describe('TargetTable') as unknown as z.ZodType<TargetTable>;

/**
 * A stored table's JSON (text or UTF-8 bytes), sent as is: Fastify passes a string or a Buffer
 * with a JSON content type through without serialising it again (the schema above only
 * describes it).
 */
export function storedJson(content: string | Buffer): TargetTable {
  return content as unknown as TargetTable;
}
