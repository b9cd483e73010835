/** Grades from totals: ordered rules held as data, first match wins, applied after rounding. */

import type { GradeId, GradeRule } from './scoring-profile.js';

/**
 * The grade of a (rounded) total.
 * @example gradeOf(89.99, NATIONAL_PROFILE.grades) // 'good'
 */
export function gradeOf(total: number, rules: readonly GradeRule[]): GradeId {
  for (const rule of rules) if (total >= rule.min) return rule.grade;
  return rules.at(-1)?.grade ?? 'poor';
}
