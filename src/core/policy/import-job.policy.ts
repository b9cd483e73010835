/**
 * Who may follow an import running in the background: a job is scoped like the project it
 * creates — a draft of its unit — so the unit's filers, and the finance bureau and
 * administrators above it, see it; a department (drafts are the unit's work in progress) and
 * evaluators do not.
 */

import type { Actor } from './actor.js';
import { canViewProject } from './project.policy.js';

/** The facts about an import job that decide access. */
export interface ImportJobScope {
  readonly orgId: string;
  /** Path of the unit the tables go to. */
  readonly orgPath: string;
}

/** True when the actor may see the job (as it may see a draft of the job's unit). */
export function canViewImportJob(actor: Actor, job: ImportJobScope): boolean {
  return canViewProject(actor, { orgId: job.orgId, orgPath: job.orgPath, state: 'draft' });
}
