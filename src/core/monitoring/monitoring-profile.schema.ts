/**
 * Validation of monitoring profiles read from JSON. A profile may extend a built-in one
 * (`"extends": "national"`); the result is checked whole, with one bilingual message per fault.
 */

import { z } from 'zod';
import { type Bilingual, render } from '../messages/message.js';
import { MONITORING_INPUT_MESSAGES as M } from '../messages/monitoring-messages.js';
import { issuePath, issueZh } from '../util/zod-issue.js';
import type { MonitoringProfile } from './monitoring-profile.js';
import { MONITORING_PROFILES } from './profiles.js';

const light = z.enum(['green', 'yellow', 'red']);
const lightRules = z
  .array(z.strictObject({ light, below: z.number().finite().optional() }))
  .min(1)
  .max(10);

const profileSchema = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9._-]*$/),
  name: z.strictObject({ zh: z.string().max(200), en: z.string().max(200) }),
  source: z.string().max(200).optional(),
  checkpoints: z.array(z.number().int()).min(1).max(12),
  places: z.number().int().min(0).max(4),
  budgetLights: lightRules,
  progressLights: lightRules,
  expectedLights: lightRules,
  cumulativeUnits: z.array(z.enum(['count', 'money', 'percent', 'duration', 'size', 'other'])),
  tierLights: z.strictObject({ met: light, partial: light, unmet: light }),
  likelihoodLights: z.strictObject({ certain: light, possible: light, impossible: light }),
  deviationThreshold: z.number().finite().min(0).max(10),
});

export type MonitoringProfileResult =
  | { readonly ok: true; readonly profile: MonitoringProfile }
  | { readonly ok: false; readonly error: Bilingual };

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates a parsed monitoring profile, completing it from the built-in one it extends. */
export function parseMonitoringProfile(input: unknown, file = 'profile'): MonitoringProfileResult {
  const fail = (path: string, detail: Bilingual): MonitoringProfileResult => ({
    ok: false,
    error: render(M.profileInvalid, { file, path, detail: detail.zh, detailEn: detail.en }),
  });
  let candidate = input;
  if (isRecord(input)) {
    const { extends: parent, $schema: _schema, ...rest } = input;
    if (parent !== undefined) {
      const base = typeof parent === 'string' ? MONITORING_PROFILES[parent] : undefined;
      if (!base)
        return {
          ok: false,
          error: render(M.profileUnknown, {
            id: String(parent),
            known: Object.keys(MONITORING_PROFILES).join(', '),
          }),
        };
      candidate = { ...base, ...rest };
    } else candidate = rest;
  }
  const parsed = profileSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(issuePath(issue), { zh: issueZh(issue), en: issue.message });
  }
  const profile: MonitoringProfile = parsed.data;
  const months = profile.checkpoints;
  if (months.some((m, k) => m < 1 || m > 12 || (k > 0 && m <= months[k - 1]!)))
    return fail('checkpoints', M.checkpointsOrder);
  for (const key of ['budgetLights', 'progressLights', 'expectedLights'] as const)
    if (profile[key].at(-1)!.below !== undefined) return fail(key, M.lightsLast);
  return { ok: true, profile };
}
