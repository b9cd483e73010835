/**
 * Validation of scoring profiles read from JSON files or requests. A profile may extend a
 * built-in one (`"extends": "national"`) and change only what differs; the result is checked
 * whole, and a bad profile gets one clear bilingual message naming the field.
 */

import { z } from 'zod';
import { LEVEL1_NAME, LEVEL1S, type Level1 } from '../framework/taxonomy.js';
import { type Bilingual, render } from '../messages/message.js';
import { SCORING_PROFILE_MESSAGES as M } from '../messages/scoring-messages.js';
import { issuePath, issueZh } from '../util/zod-issue.js';
import { SCORING_PROFILES } from './profiles.js';
import type { GradeId, ScoringProfile, TierId } from './scoring-profile.js';

const share = z.number().finite().min(0).max(1);
const weight = z.number().finite().min(0).max(1000);
const bilingual = z.strictObject({ zh: z.string().max(200), en: z.string().max(200) });
const tier = z.strictObject({ min: share, max: share, default: share });
const GRADES: readonly GradeId[] = ['excellent', 'good', 'fair', 'poor'];

const profileSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9._-]*$/),
  name: bilingual,
  source: z.string().max(200).optional(),
  budget: z.strictObject({
    weight,
    base: z.enum(['budget', 'initialBudget']),
    explainBelow: share,
  }),
  groups: z
    .array(
      z.strictObject({
        level1: z.array(z.enum(LEVEL1S as [Level1, ...Level1[]])).min(1),
        weight,
      }),
    )
    .min(1)
    .max(10),
  emptyGroup: z.enum(['rescale', 'zero']),
  negativeFormula: z.enum(['linear-to-double', 'ratio']),
  deadline: z.enum(['met-or-not', 'elapsed-days']),
  compound: z.enum(['mean', 'min']),
  tooLowTarget: z.strictObject({
    mode: z.enum(['off', 'flag', 'deduct']),
    ratio: z.number().finite().min(1).max(100),
    deduct: share,
  }),
  tiers: z.strictObject({ met: tier, partial: tier, unmet: tier }),
  reasonBelowFull: z.boolean(),
  rounding: z.strictObject({
    method: z.enum(['half-up', 'floor']),
    places: z.number().int().min(0).max(4),
    apply: z.enum(['each', 'total']),
  }),
  grades: z
    .array(
      z.strictObject({
        grade: z.enum(GRADES as [GradeId, ...GradeId[]]),
        min: z.number().finite().min(0).max(1000),
      }),
    )
    .min(1)
    .max(10),
  auditTolerance: z.number().finite().min(0).max(10),
});

export type ScoringProfileResult =
  | { readonly ok: true; readonly profile: ScoringProfile }
  | { readonly ok: false; readonly error: Bilingual };

const names = (level1: Level1) => ({
  level1: LEVEL1_NAME[level1].zh,
  level1En: LEVEL1_NAME[level1].en,
});

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Lays a partial profile over its base: objects merge a level down, lists are replaced. */
function overlay(base: ScoringProfile, patch: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const under = out[key];
    if (key === 'tiers' && isRecord(value) && isRecord(under)) {
      const tiers: Record<string, unknown> = { ...under };
      for (const [t, v] of Object.entries(value))
        tiers[t] = isRecord(v) && isRecord(tiers[t]) ? { ...tiers[t], ...v } : v;
      out[key] = tiers;
    } else if (isRecord(value) && isRecord(under) && key !== 'name')
      out[key] = { ...under, ...value };
    else out[key] = value;
  }
  return out;
}

/**
 * Validates a parsed profile (from JSON), completing it from the built-in profile it extends.
 * `file` only names the profile in messages.
 */
export function parseScoringProfile(input: unknown, file = 'profile'): ScoringProfileResult {
  const fail = (path: string, detail: Bilingual): ScoringProfileResult => ({
    ok: false,
    error: render(M.invalid, { file, path, detail: detail.zh, detailEn: detail.en }),
  });
  let candidate = input;
  if (isRecord(input)) {
    const { extends: parent, $schema: _schema, ...rest } = input;
    if (parent !== undefined) {
      const base = typeof parent === 'string' ? SCORING_PROFILES[parent] : undefined;
      if (!base) return { ok: false, error: unknownProfile(String(parent)) };
      candidate = overlay(base, rest);
    } else candidate = rest;
  }
  const parsed = profileSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issuePath(issue), { zh: issueZh(issue), en: issue.message });
  }
  const profile: ScoringProfile = parsed.data;

  const seen = new Set<Level1>();
  for (const [k, group] of profile.groups.entries())
    for (const level1 of group.level1) {
      if (seen.has(level1)) return fail(`groups.${k}.level1`, render(M.groupTwice, names(level1)));
      seen.add(level1);
    }
  for (const level1 of LEVEL1S)
    if (!seen.has(level1)) return fail('groups', render(M.groupMissing, names(level1)));
  for (const [id, t] of Object.entries(profile.tiers) as [
    TierId,
    ScoringProfile['tiers'][TierId],
  ][])
    if (!(t.min <= t.default && t.default <= t.max))
      return fail(`tiers.${id}`, render(M.tierOrder, { tier: id }));
  for (let k = 1; k < profile.grades.length; k += 1)
    if (profile.grades[k]!.min >= profile.grades[k - 1]!.min)
      return fail(`grades.${k}`, M.gradeOrder);
  return { ok: true, profile };
}

/** The error for a profile id that is not built in. */
export function unknownProfile(id: string): Bilingual {
  return render(M.unknown, { id, known: Object.keys(SCORING_PROFILES).join(', ') });
}

/** A built-in profile by id. */
export function builtInScoringProfile(id: string): ScoringProfileResult {
  const profile = SCORING_PROFILES[id];
  return profile ? { ok: true, profile } : { ok: false, error: unknownProfile(id) };
}
