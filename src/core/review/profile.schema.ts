/**
 * Validation of review profiles read from files or requests. A bad profile gets one clear
 * bilingual message that names the field; it is never half-applied.
 */

import { z } from 'zod';
import { type Bilingual, REVIEW_MESSAGES, render } from '../messages/index.js';
import { issueZh } from '../util/zod-issue.js';
import { SEVERITIES, type Severity } from './finding.js';
import { REVIEW_PROFILE_FORMAT, type ReviewProfile } from './profile.js';
import { ruleById } from './rules/index.js';

const M = REVIEW_MESSAGES.profile;

const bilingual = z.strictObject({ zh: z.string().max(500), en: z.string().max(500) });

const ruleSetting = z.strictObject({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES as [Severity, ...Severity[]]).optional(),
  thresholds: z.record(z.string().max(100), z.number().finite()).optional(),
});

const profileInput = z.strictObject({
  $schema: z.string().max(1000).optional(),
  format: z.literal(REVIEW_PROFILE_FORMAT),
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, dot, dash and underscore'),
  name: bilingual,
  description: bilingual.optional(),
  rules: z.record(z.string().max(100), ruleSetting),
});

export type ProfileResult =
  | { readonly ok: true; readonly profile: ReviewProfile }
  | { readonly ok: false; readonly error: Bilingual };

/**
 * Validates a parsed profile (from JSON): its shape, its rule ids, its threshold names and ranges.
 * `file` only names the profile in messages.
 */
export function parseReviewProfile(input: unknown, file = 'profile'): ProfileResult {
  const parsed = profileInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return {
      ok: false,
      error: render(M.invalid, { file, path, detail: issueZh(issue), detailEn: issue.message }),
    };
  }
  const { $schema: _schema, ...profile } = parsed.data;
  for (const [id, setting] of Object.entries(profile.rules)) {
    const rule = ruleById(id);
    const fail = (message: Bilingual, params: Record<string, string | number>): ProfileResult => ({
      ok: false,
      error: invalid(file, `rules.${id}`, render(message, params)),
    });
    if (!rule) return fail(M.unknownRule, { rule: id });
    for (const [name, value] of Object.entries(setting.thresholds ?? {})) {
      const def = rule.thresholds?.[name];
      if (!def)
        return fail(M.unknownThreshold, {
          rule: id,
          threshold: name,
          known: Object.keys(rule.thresholds ?? {}).join(', ') || '—',
        });
      if (value < def.min || value > def.max)
        return fail(M.thresholdRange, {
          rule: id,
          threshold: name,
          min: def.min,
          max: def.max,
          value,
        });
    }
  }
  return { ok: true, profile };
}

function invalid(file: string, path: string, detail: Bilingual): Bilingual {
  return render(M.invalid, { file, path, detail: detail.zh, detailEn: detail.en });
}
