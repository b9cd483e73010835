/** My tasks: what the caller's role can do now on each project, grouped as people say it. */
import type { Bilingual } from '../../../core/messages/index.js';
import { WEB_DASHBOARD } from '../../../core/messages/index.js';
import { availableActions } from '../../../core/workflow/transitions.js';
import type { Project, Role } from '../../api/types.js';

export type TaskKind = 'toFill' | 'toFix' | 'toReview' | 'toPublish' | 'waiting';

export const TASK_NAMES: Readonly<Record<TaskKind, Bilingual>> = {
  toFill: WEB_DASHBOARD.toFill,
  toFix: WEB_DASHBOARD.toFix,
  toReview: WEB_DASHBOARD.toReview,
  toPublish: WEB_DASHBOARD.toPublish,
  waiting: WEB_DASHBOARD.waiting,
};

/** The task a project is for the caller, or null. */
export function taskOf(project: Project, role: Role): TaskKind | null {
  const actions = project.actions ?? availableActions(role, project.state);
  if (actions.includes('submit')) return project.state === 'returned' ? 'toFix' : 'toFill';
  if (actions.includes('approve') || actions.includes('return')) return 'toReview';
  if (actions.includes('publish')) return 'toPublish';
  // A unit sees its tables under review, to know where they are.
  if (
    role === 'unit-filer' &&
    (project.state === 'submitted' || project.state === 'department-approved')
  )
    return 'waiting';
  return null;
}

/** Projects grouped by task, in the order work is done. */
export function tasksOf(projects: readonly Project[], role: Role): [TaskKind, Project[]][] {
  const groups = new Map<TaskKind, Project[]>();
  for (const p of projects) {
    const kind = taskOf(p, role);
    if (kind) groups.set(kind, [...(groups.get(kind) ?? []), p]);
  }
  const order: TaskKind[] = ['toFix', 'toFill', 'toReview', 'toPublish', 'waiting'];
  return order.flatMap((k) => {
    const list = groups.get(k);
    return list ? [[k, list] as [TaskKind, Project[]]] : [];
  });
}
