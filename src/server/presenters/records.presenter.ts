/** The public fields of actuals, their updates and evidence files. */

import type { Actor } from '../../core/policy/actor.js';
import { canCorrectActual } from '../../core/policy/actual.policy.js';
import {
  canWriteActuals,
  isSelfEvaluationOpen,
  reviewsProject,
} from '../../core/policy/evidence.policy.js';
import type { ActualUpdate } from '../../store/repositories/actual.repository.js';
import type { EvidenceFile } from '../../store/repositories/evidence.repository.js';
import { type ProjectRecords, recordsLock, tableValues } from '../commands/merged-table.js';

/** Where an evidence file is downloaded. */
export const evidenceUrl = (e: EvidenceFile): string =>
  `/api/projects/${e.projectId}/indicators/${e.index}/evidence/${e.id}`;

/** An evidence file's metadata. */
export function presentEvidence(e: EvidenceFile, index = e.index) {
  return {
    id: e.id,
    index,
    indicatorName: e.indicatorName,
    fileName: e.fileName,
    mediaType: e.mediaType,
    size: e.size,
    sha256: e.sha256,
    uploadedByName: e.uploadedByName,
    createdAt: e.createdAt,
    url: evidenceUrl(e),
  };
}

const countsOf = (v: { numerator: number | null; denominator: number | null }) =>
  v.numerator !== null && v.denominator !== null
    ? { numerator: v.numerator, denominator: v.denominator }
    : null;

/**
 * One update with its author and review (the reviewer's id stays inside). A reviewer's
 * correction names the reviewer as its author, the original author as `onBehalfOf`, and the
 * update it corrects.
 */
export function presentActualUpdate(u: ActualUpdate) {
  return {
    id: u.id,
    seq: u.seq,
    version: u.version,
    index: u.index,
    name: u.name,
    actual: u.actual,
    weight: u.weight,
    score: u.score,
    deviationReason: u.deviationReason,
    counts: countsOf(u),
    source: u.source,
    authorName: u.authorName,
    authorRole: u.authorRole,
    createdAt: u.createdAt,
    onBehalfOf: u.correction?.onBehalfOfName ?? null,
    correctedFrom: u.correction?.fromId ?? null,
    correctionReason: u.correction?.reason ?? null,
    review: {
      state: u.review.state,
      byName: u.review.byName,
      at: u.review.at,
      comment: u.review.comment,
    },
  };
}

/**
 * Every indicator with its current actual (the latest update not rejected) and that update's
 * review, a newer rejected update when there is one, and evidence; the execution line.
 */
export function presentActuals(records: ProjectRecords, actor: Actor) {
  const { project, table, current, rejected, evidence, execution } = records;
  const base = table.execution;
  return {
    projectId: project.id,
    version: project.version,
    state: project.state,
    canEdit: canWriteActuals(actor, project),
    canReview: reviewsProject(actor, project),
    canCorrect: canCorrectActual(actor, project) && isSelfEvaluationOpen(project.state),
    locked: recordsLock(project),
    indicators: table.indicators.map((indicator, k) => {
      const update = current[k] ?? null;
      const values = update ?? tableValues(indicator);
      return {
        index: k,
        name: indicator.name,
        level1: indicator.level1,
        level2: indicator.level2,
        target: indicator.target.raw,
        actual: values.actual,
        weight: values.weight,
        score: values.score,
        deviationReason: values.deviationReason,
        counts: countsOf(values),
        update: update && presentActualUpdate(update),
        rejected: rejected[k] ? presentActualUpdate(rejected[k]) : null,
        evidence: (evidence[k] ?? []).map((e) => presentEvidence(e, k)),
      };
    }),
    execution: {
      initialBudget: execution ? execution.initialBudget : (base?.initialBudget ?? null),
      budget: execution ? execution.budget : (base?.budget ?? null),
      spent: execution ? execution.spent : (base?.spent ?? null),
      reason: execution?.reason ?? null,
      updatedAt: execution?.createdAt ?? null,
      updatedBy: execution?.authorName ?? null,
    },
  };
}
