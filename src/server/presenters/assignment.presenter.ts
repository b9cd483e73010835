/** The public fields of evaluator assignments and third-party evaluations. */

import { GRADE_NAMES } from '../../core/messages/index.js';
import type { Assignment } from '../../store/repositories/assignment.repository.js';
import type { Evaluation } from '../../store/repositories/evaluation.repository.js';

/** One assignment (the project id is in the URL). */
export function presentAssignment(a: Assignment) {
  return {
    id: a.id,
    kind: a.kind,
    assigneeId: a.assigneeId,
    assigneeName: a.assigneeName,
    assigneeOrgName: a.assigneeOrgName,
    createdByName: a.createdByName,
    createdAt: a.createdAt,
  };
}

/** An evaluation with its grade's name (the evaluator's id stays inside). */
export function presentEvaluation(e: Evaluation) {
  return {
    score: e.score,
    grade: e.grade,
    gradeLabel: GRADE_NAMES[e.grade],
    opinion: e.opinion,
    evaluatorName: e.evaluatorName,
    evaluatorOrgName: e.evaluatorOrgName,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
