/**
 * The states a project's target table passes through in a budget year (DOMAIN.md: 目标申报 →
 * 目标审核 → 批复 → 公开), with 退回 (returned) reachable from each review step.
 */

/** Every state, in the order a table normally passes through them. */
export const PROJECT_STATES = [
  'draft',
  'submitted',
  'department-approved',
  'approved',
  'published',
  'returned',
] as const;

/** 填报 · 主管部门审核 · 财政审核 · 批复 · 公开 · 退回 */
export type ProjectState = (typeof PROJECT_STATES)[number];

/** True for the states in which the unit may still change its table (填报 and 退回). */
export function isEditable(state: ProjectState): boolean {
  return state === 'draft' || state === 'returned';
}

/** Why a table cannot be edited now, or null when it can. Locks always say why (DESIGN.md). */
export type LockReason = 'under-review' | 'approved' | 'published';

/** The lock a state puts on the table, or null when it is editable. */
export function lockOf(state: ProjectState): LockReason | null {
  switch (state) {
    case 'draft':
    case 'returned':
      return null;
    case 'submitted':
    case 'department-approved':
      return 'under-review';
    case 'approved':
      return 'approved';
    case 'published':
      return 'published';
  }
}
