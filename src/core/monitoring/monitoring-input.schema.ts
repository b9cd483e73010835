/**
 * Validation of what a unit submits at a checkpoint (from the API or a file). Values may be
 * written as text (`"1200人次"`) and are parsed like targets; categories and likelihoods may
 * be given by id or by their Chinese names (经费保障, 有可能).
 */

import { z } from 'zod';
import { type Bilingual, render } from '../messages/message.js';
import {
  DEVIATION_CATEGORY_NAMES,
  LIKELIHOOD_NAMES,
  MONITORING_INPUT_MESSAGES as M,
} from '../messages/monitoring-messages.js';
import { formatYuan, parseAmount } from '../money/money.js';
import { issuePath, issueZh } from '../util/zod-issue.js';
import { parseTargetValue } from '../value/parse.js';
import type { TargetValue } from '../value/target-value.js';
import {
  DEVIATION_CATEGORIES,
  type DeviationCategory,
  LIKELIHOODS,
  type Likelihood,
} from './monitoring-profile.js';
import type { MonitoringInput } from './monitoring-report.js';

const yuan = z
  .string()
  .max(24)
  .regex(/^\d+(?:\.\d{1,2})?$/, 'an amount is a decimal string of yuan with at most two places')
  .transform((s) => formatYuan(parseAmount(s)!))
  .nullable()
  .optional();

const value = z
  .union([z.string().max(200), z.object({ raw: z.string().max(200) }).loose()])
  .nullable()
  .optional();

/** An id or its Chinese name: `funding` or `经费保障`. */
function named<T extends string>(ids: readonly T[], names: Readonly<Record<T, Bilingual>>) {
  const byName = new Map<string, T>(ids.map((id) => [names[id].zh, id]));
  return z
    .string()
    .max(50)
    .transform((s, ctx) => {
      const t = s.trim();
      const id = (ids as readonly string[]).includes(t) ? (t as T) : byName.get(t);
      if (id === undefined) {
        ctx.addIssue({
          code: 'invalid_value',
          values: [...ids, ...ids.map((i) => names[i].zh)],
          input: s,
        });
        return z.NEVER;
      }
      return id;
    });
}

const entry = z.strictObject({
  index: z.number().int().min(0).max(9999),
  current: value,
  expected: value,
  deviation: z
    .strictObject({
      category: named<DeviationCategory>(DEVIATION_CATEGORIES, DEVIATION_CATEGORY_NAMES)
        .nullable()
        .optional(),
      text: z.string().max(4000).nullable().optional(),
    })
    .nullable()
    .optional(),
  likelihood: named<Likelihood>(LIKELIHOODS, LIKELIHOOD_NAMES).nullable().optional(),
});

const inputSchema = z.strictObject({
  month: z.number().int().min(1).max(12),
  execution: z.strictObject({ budget: yuan, spent: yuan }).nullable().optional(),
  entries: z.array(entry).max(10_000),
});

export type MonitoringInputResult =
  | { readonly ok: true; readonly input: MonitoringInput }
  | { readonly ok: false; readonly error: Bilingual };

/** Validates and completes monitoring input; `year` dates values such as `11月底`. */
export function parseMonitoringInput(raw: unknown, year: number | null): MonitoringInputResult {
  const parsed = inputSchema.safeParse(raw);
  const fail = (path: string, detail: Bilingual): MonitoringInputResult => ({
    ok: false,
    error: render(M.invalid, { path, detail: detail.zh, detailEn: detail.en }),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issuePath(issue), { zh: issueZh(issue), en: issue.message });
  }
  const seen = new Set<number>();
  for (const [k, e] of parsed.data.entries.entries()) {
    if (seen.has(e.index))
      return fail(`entries.${k}.index`, render(M.duplicateEntry, { index: e.index }));
    seen.add(e.index);
  }
  const read = (v: string | { raw: string } | null | undefined): TargetValue | null => {
    if (v === null || v === undefined) return null;
    const text = typeof v === 'string' ? v : v.raw;
    return text.trim() === '' ? null : parseTargetValue(text, { year });
  };
  return {
    ok: true,
    input: {
      month: parsed.data.month,
      execution: parsed.data.execution
        ? {
            budget: parsed.data.execution.budget ?? null,
            spent: parsed.data.execution.spent ?? null,
          }
        : null,
      entries: parsed.data.entries.map((e) => ({
        index: e.index,
        current: read(e.current),
        expected: read(e.expected),
        deviation: e.deviation
          ? { category: e.deviation.category ?? null, text: e.deviation.text ?? null }
          : null,
        likelihood: e.likelihood ?? null,
      })),
    },
  };
}
