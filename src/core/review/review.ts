/**
 * The review engine (绩效目标审核): runs a profile's rules over a target table and returns the
 * findings in reading order. Pure and synchronous: the server calls it on import and the web
 * editor on every edit.
 */

import type { Location, TargetTable } from '../table/target-table.js';
import { reviewContext } from './context.js';
import type { Finding, ReviewResult, ReviewSummary, Severity } from './finding.js';
import { activeRules, NATIONAL_PROFILE, type ReviewProfile } from './profile.js';
import type { ReviewOptions } from './review-options.js';
import type { Hit } from './rule.js';

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Reviews a target table against a profile (the national default when none is given), and
 * against last year's actuals when `options.previous` carries them.
 * @example review(table).summary // { error: 12, warning: 40, info: 9 }
 */
export function review(
  table: TargetTable,
  profile: ReviewProfile = NATIONAL_PROFILE,
  options: ReviewOptions = {},
): ReviewResult {
  const ctx = reviewContext(table, options);
  const findings: Finding[] = [];
  for (const { rule, severity, thresholds } of activeRules(profile)) {
    rule.check(
      ctx,
      (hit: Hit) => {
        const indicators = hit.indicators && hit.indicators.length > 0 ? hit.indicators : undefined;
        const at: readonly Location[] | undefined =
          hit.at ?? indicators?.map((k) => table.indicators[k]?.at ?? {});
        findings.push({
          rule: rule.id,
          category: rule.category,
          criterion: rule.criterion,
          severity,
          ...(indicators ? { indicators } : {}),
          ...(at && at.length > 0 ? { at } : {}),
          message: hit.message.zh,
          messageEn: hit.message.en,
          ...(hit.suggestion
            ? { suggestion: hit.suggestion.zh, suggestionEn: hit.suggestion.en }
            : {}),
        });
      },
      thresholds,
    );
  }
  findings.sort(readingOrder);
  return { findings, summary: summarize(findings) };
}

/** Table-level findings first, then by the first indicator, then the most severe first. */
function readingOrder(a: Finding, b: Finding): number {
  const ia = a.indicators?.[0] ?? -1;
  const ib = b.indicators?.[0] ?? -1;
  return ia - ib || RANK[a.severity] - RANK[b.severity];
}

/** Counts findings by severity. */
export function summarize(findings: readonly Finding[]): ReviewSummary {
  const summary = { error: 0, warning: 0, info: 0 };
  for (const f of findings) summary[f.severity] += 1;
  return summary;
}
