/**
 * Review profiles: which rules run, how severe each one is, and their thresholds. Practice
 * differs between provinces (DOMAIN.md), so a region ships a JSON profile that overrides the
 * national default; anything a profile leaves out keeps the rule's own default.
 */

import { type Bilingual, REVIEW_MESSAGES } from '../messages/index.js';
import type { Severity } from './finding.js';
import type { RuleDefinition, Thresholds } from './rule.js';
import { RULES } from './rules/index.js';

export const REVIEW_PROFILE_FORMAT = 'jixiao.review-profile/1';

/** What a profile may change about one rule. */
export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
  readonly thresholds?: Readonly<Record<string, number>>;
}

/** A JSON-serialisable set of rule settings, keyed by rule id. */
export interface ReviewProfile {
  readonly format: typeof REVIEW_PROFILE_FORMAT;
  readonly id: string;
  readonly name: Bilingual;
  readonly description?: Bilingual;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** The national default: every rule on, with the severity and thresholds it defines. */
export const NATIONAL_PROFILE: ReviewProfile = {
  format: REVIEW_PROFILE_FORMAT,
  id: 'national',
  name: REVIEW_MESSAGES.nationalProfile,
  rules: {},
};

/** A rule as a profile runs it. */
export interface ActiveRule {
  readonly rule: RuleDefinition;
  readonly severity: Severity;
  readonly thresholds: Thresholds;
}

const resolved = new WeakMap<ReviewProfile, readonly ActiveRule[]>();

/** The rules a profile runs, in catalogue order, with their severities and thresholds. */
export function activeRules(profile: ReviewProfile = NATIONAL_PROFILE): readonly ActiveRule[] {
  const cached = resolved.get(profile);
  if (cached) return cached;
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = profile.rules[rule.id];
    if (setting?.enabled === false) continue;
    const thresholds: Record<string, number> = {};
    for (const [name, def] of Object.entries(rule.thresholds ?? {}))
      thresholds[name] = setting?.thresholds?.[name] ?? def.default;
    active.push({ rule, severity: setting?.severity ?? rule.severity, thresholds });
  }
  resolved.set(profile, active);
  return active;
}

/**
 * The profile with every rule written out (enabled, severity, thresholds): the national default
 * as a file a region can copy and edit.
 */
export function explicitProfile(profile: ReviewProfile = NATIONAL_PROFILE): ReviewProfile {
  const on = new Map(activeRules(profile).map((a) => [a.rule.id, a]));
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const active = on.get(rule.id);
    const thresholds = active?.thresholds ?? profile.rules[rule.id]?.thresholds;
    rules[rule.id] = {
      enabled: active !== undefined,
      severity: active?.severity ?? profile.rules[rule.id]?.severity ?? rule.severity,
      ...(rule.thresholds ? { thresholds: { ...defaultsOf(rule), ...thresholds } } : {}),
    };
  }
  return { ...profile, rules };
}

function defaultsOf(rule: RuleDefinition): Record<string, number> {
  return Object.fromEntries(Object.entries(rule.thresholds ?? {}).map(([k, d]) => [k, d.default]));
}
