/** The public fields of projects, versions, comments and audit entries. */

import { WORKFLOW_MESSAGES } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { canEditTable } from '../../core/policy/project.policy.js';
import { lockOf } from '../../core/workflow/states.js';
import { availableActions } from '../../core/workflow/transitions.js';
import type { ListedAuditEntry } from '../../store/repositories/audit.repository.js';
import type { ReviewComment } from '../../store/repositories/comment.repository.js';
import type { ProjectRecord } from '../../store/repositories/project.repository.js';
import type { ListedVersion } from '../../store/repositories/version.repository.js';

/** A project for the caller: with its lock (always saying why) and the actions open to them. */
export function presentProject(project: ProjectRecord, actor: Actor | null) {
  const lock = lockOf(project.state);
  return {
    id: project.id,
    name: project.name,
    year: project.year,
    orgId: project.orgId,
    orgName: project.orgName,
    state: project.state,
    version: project.version,
    amountTotal: project.amountTotal,
    indicatorCount: project.indicatorCount,
    findingSummary: { ...project.findingSummary, byCategory: project.findingCategories },
    grade: project.score?.complete ? project.score.grade : null,
    scoreTotal: project.score?.total ?? null,
    scoreComplete: project.score?.complete ?? null,
    scoreComputedAt: project.score?.computedAt ?? null,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    locked:
      lock === null
        ? null
        : {
            reason: lock,
            message: WORKFLOW_MESSAGES.locks[lock].zh,
            messageEn: WORKFLOW_MESSAGES.locks[lock].en,
          },
    actions: actor ? availableActions(actor.role, project.state) : [],
    canEdit: actor ? canEditTable(actor, project) : false,
  };
}

/** A version without content, with its author's name and login. */
export function presentVersion(version: ListedVersion) {
  return {
    number: version.number,
    sha256: version.sha256,
    indicatorCount: version.indicatorCount,
    source: version.source,
    note: version.note,
    createdAt: version.createdAt,
    createdByName: version.createdByName,
    createdByDisplayName: version.createdByDisplayName,
  };
}

/** A review comment. */
export function presentComment(comment: ReviewComment) {
  return {
    id: comment.id,
    version: comment.version,
    indicatorIndex: comment.indicatorIndex,
    indicatorName: comment.indicatorName,
    kind: comment.kind,
    action: comment.action,
    body: comment.body,
    authorName: comment.authorName,
    authorRole: comment.authorRole,
    createdAt: comment.createdAt,
  };
}

/** An audit entry in a project's history (hashes stay with `jixiao audit verify`). */
export function presentAuditEntry(entry: ListedAuditEntry) {
  return {
    seq: entry.seq,
    at: entry.at,
    actorName: entry.actorName,
    actorDisplayName: entry.actorDisplayName,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
  };
}

/** A published table in the public list. */
export function presentPublic(project: ProjectRecord) {
  return {
    id: project.id,
    name: project.name,
    year: project.year,
    orgName: project.orgName,
    amountTotal: project.amountTotal,
    indicatorCount: project.indicatorCount,
    updatedAt: project.updatedAt,
  };
}
