/**
 * Runtime validation of the interchange format, beside its type (target-table.ts). Input is
 * lenient where people write by hand (a value may be just `{ "raw": "≥90%" }` or a string) and
 * strict where mistakes cost money (amounts are exact decimal strings).
 */

import { z } from 'zod';
import { FRAMEWORK_IDS, type FrameworkId } from '../framework/frameworks.js';
import { level2OfLabel, resolveLevel1 } from '../framework/labels.js';
import { LEVEL1S, LEVEL2S, type Level1, type Level2 } from '../framework/taxonomy.js';
import { formatYuan, parseAmount } from '../money/money.js';
import { parseTargetValue } from '../value/parse.js';
import type { TargetValue } from '../value/target-value.js';
import {
  type Indicator,
  type Project,
  TARGET_TABLE_FORMAT,
  type TargetTable,
} from './target-table.js';

const text = (max: number) => z.string().max(max);
const optionalText = (max: number) => text(max).nullable().optional();

/** An exact amount of yuan; `"1200"` and `"1200.5"` are normalised to two places. */
const yuan = z
  .string()
  .max(24)
  .regex(/^-?\d+(?:\.\d{1,2})?$/, 'an amount is a decimal string of yuan with at most two places')
  .transform((s) => formatYuan(parseAmount(s)!))
  .nullable()
  .optional();

const location = z
  .object({
    line: z.number().int().positive().optional(),
    sheet: text(200).optional(),
    cell: text(20).optional(),
    table: z.number().int().positive().optional(),
    row: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
    paragraph: z.number().int().positive().optional(),
  })
  .optional();

/** A value object: only `raw` counts; the rest is derived again. */
const value = z.union([text(2000), z.object({ raw: text(2000) }).loose()]);

const evidence = z.object({
  id: text(100),
  name: text(300),
  sha256: text(64).optional(),
  mediaType: text(200).optional(),
  size: z.number().int().nonnegative().optional(),
});

const indicator = z.object({
  level1: z
    .enum(LEVEL1S as [Level1, ...Level1[]])
    .nullable()
    .optional(),
  level2: z
    .enum(LEVEL2S as [Level2, ...Level2[]])
    .nullable()
    .optional(),
  level1Label: optionalText(100),
  level2Label: optionalText(100),
  name: text(2000),
  target: value,
  source: optionalText(4000),
  actual: value.nullable().optional(),
  weight: z.number().finite().nonnegative().nullable().optional(),
  score: z.number().finite().nonnegative().nullable().optional(),
  deviationReason: optionalText(4000),
  evidence: z.array(evidence).max(100).optional(),
  at: location,
});

const project = z.object({
  name: optionalText(500),
  year: z.number().int().min(1990).max(2199).nullable().optional(),
  unit: optionalText(500),
  department: optionalText(500),
  type: optionalText(200),
  fundUse: optionalText(200),
  startDate: z.iso.date().nullable().optional(),
  endDate: z.iso.date().nullable().optional(),
  amount: z
    .object({ total: yuan, currentYear: yuan, fiscal: yuan, other: yuan })
    .partial()
    .optional(),
  overview: optionalText(20000),
  purpose: optionalText(20000),
  longTermGoal: optionalText(20000),
  annualGoal: optionalText(20000),
  code: optionalText(100),
  procurement: z.object({ fixedAssets: yuan, items: optionalText(2000) }).optional(),
});

const warning = z.object({
  code: text(100),
  message: text(2000),
  messageEn: text(2000),
  at: location,
});

/** Validates interchange JSON and completes it into a `TargetTable`. */
export const targetTableInput = z
  .object({
    format: z.literal(TARGET_TABLE_FORMAT),
    framework: z.enum(FRAMEWORK_IDS as [FrameworkId, ...FrameworkId[]]),
    project: project,
    indicators: z.array(indicator).max(10_000),
    execution: z.object({ initialBudget: yuan, budget: yuan, spent: yuan }).nullable().optional(),
    warnings: z.array(warning).max(10_000).optional(),
    stated: z
      .object({
        total: z.number().nullable(),
        budget: z
          .object({
            weight: z.number().finite().nullable(),
            rate: z.number().finite().nullable(),
            score: z.number().finite().nullable(),
          })
          .optional(),
      })
      .optional(),
    origin: z
      .object({
        file: text(1000).optional(),
        format: text(40),
        encoding: text(40).optional(),
        part: text(200).optional(),
      })
      .optional(),
  })
  .transform((input): TargetTable => {
    const p = input.project;
    const year = p.year ?? null;
    const projectOut: Project = {
      name: p.name ?? null,
      year,
      unit: p.unit ?? null,
      department: p.department ?? null,
      type: p.type ?? null,
      fundUse: p.fundUse ?? null,
      startDate: p.startDate ?? null,
      endDate: p.endDate ?? null,
      amount: {
        total: p.amount?.total ?? null,
        currentYear: p.amount?.currentYear ?? null,
        fiscal: p.amount?.fiscal ?? null,
        other: p.amount?.other ?? null,
      },
      overview: p.overview ?? null,
      purpose: p.purpose ?? null,
      longTermGoal: p.longTermGoal ?? null,
      annualGoal: p.annualGoal ?? null,
      ...(p.code ? { code: p.code } : {}),
      ...(p.procurement
        ? {
            procurement: {
              fixedAssets: p.procurement.fixedAssets ?? null,
              items: p.procurement.items ?? null,
            },
          }
        : {}),
    };
    const reparse = (v: string | { raw: string }): TargetValue =>
      parseTargetValue(typeof v === 'string' ? v : v.raw, { year });
    const indicators = input.indicators.map((i): Indicator => {
      const level2 = i.level2 ?? level2OfLabel(i.level2Label);
      return {
        level1: i.level1 ?? resolveLevel1(i.level1Label ?? null, level2),
        level2,
        level1Label: i.level1Label ?? null,
        level2Label: i.level2Label ?? null,
        name: i.name,
        target: reparse(i.target),
        source: i.source ?? null,
        actual: i.actual === null || i.actual === undefined ? null : reparse(i.actual),
        weight: i.weight ?? null,
        score: i.score ?? null,
        ...(i.deviationReason ? { deviationReason: i.deviationReason } : {}),
        ...(i.evidence ? { evidence: i.evidence } : {}),
        at: i.at ?? {},
      };
    });
    return {
      format: TARGET_TABLE_FORMAT,
      framework: input.framework,
      project: projectOut,
      indicators,
      execution: input.execution
        ? {
            initialBudget: input.execution.initialBudget ?? null,
            budget: input.execution.budget ?? null,
            spent: input.execution.spent ?? null,
          }
        : null,
      warnings: input.warnings ?? [],
      ...(input.stated ? { stated: input.stated } : {}),
      ...(input.origin ? { origin: input.origin } : {}),
    };
  });

export type TargetTableInput = z.input<typeof targetTableInput>;
