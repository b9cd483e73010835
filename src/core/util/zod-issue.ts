/**
 * Chinese words for the zod issues that hand-written input (profiles, monitoring data) runs
 * into; English keeps zod's own message. One place, so every profile speaks alike.
 */

import type { z } from 'zod';

/** The Chinese for one zod issue. */
export function issueZh(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型不对，应为 ${issue.expected}`;
    case 'unrecognized_keys':
      return `有未知字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return `取值不对，可用：${issue.values.map(String).join('、')}`;
    case 'too_small':
      return `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return `不能大于 ${String(issue.maximum)}`;
    case 'invalid_format':
      return '格式不对';
    default:
      return '不符合要求';
  }
}

/** Where an issue is, as `groups.0.weight`. */
export const issuePath = (issue: z.core.$ZodIssue): string =>
  issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
