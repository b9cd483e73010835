/**
 * The third-party evaluation of a project (第三方评价): a score out of 100, a grade and the
 * evaluator's opinion. One per project, replaced in place; every save is audited with what
 * it replaced, so the log keeps every earlier evaluation.
 */

import type { Selectable } from 'kysely';
import type { GradeId } from '../../core/scoring/scoring-profile.js';
import type { Queryable, WriteTx } from '../mutate.js';
import type { ProjectEvaluationTable } from '../tables/assignment.table.js';
import type { ProjectRecord } from './project.repository.js';

/** An evaluation as the domain sees it. */
export interface Evaluation {
  readonly projectId: string;
  readonly score: number;
  readonly grade: GradeId;
  readonly opinion: string;
  readonly evaluatorId: string | null;
  readonly evaluatorName: string;
  readonly evaluatorOrgName: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

function rowToEvaluation(row: Selectable<ProjectEvaluationTable>): Evaluation {
  return {
    projectId: row.project_id,
    score: Number(row.score),
    grade: row.grade as GradeId,
    opinion: row.opinion,
    evaluatorId: row.evaluator_id,
    evaluatorName: row.evaluator_name,
    evaluatorOrgName: row.evaluator_org_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The project's evaluation, or undefined before there is one. */
export async function findEvaluation(
  q: Queryable,
  projectId: string,
): Promise<Evaluation | undefined> {
  const row = await q
    .selectFrom('project_evaluations')
    .selectAll()
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  return row && rowToEvaluation(row);
}

/** What an evaluator records. */
export interface EvaluationInput {
  readonly score: number;
  readonly grade: GradeId;
  readonly opinion: string;
  readonly evaluatorId: string | null;
  readonly evaluatorName: string;
  readonly evaluatorOrgName: string | null;
}

/** Records (or replaces) the project's evaluation, audited with what it replaced. */
export async function saveEvaluation(
  tx: WriteTx,
  project: Pick<ProjectRecord, 'id' | 'orgId'>,
  input: EvaluationInput,
): Promise<Evaluation> {
  const before = await findEvaluation(tx.trx, project.id);
  const values = {
    score: input.score,
    grade: input.grade,
    opinion: input.opinion,
    evaluator_id: input.evaluatorId,
    evaluator_name: input.evaluatorName,
    evaluator_org_name: input.evaluatorOrgName,
    updated_at: tx.now,
  };
  if (before)
    await tx.trx
      .updateTable('project_evaluations')
      .set(values)
      .where('project_id', '=', project.id)
      .execute();
  else
    await tx.trx
      .insertInto('project_evaluations')
      .values({ ...values, project_id: project.id, org_id: project.orgId, created_at: tx.now })
      .execute();
  const audited = (e: Pick<Evaluation, 'score' | 'grade' | 'opinion' | 'evaluatorName'>) => ({
    score: e.score,
    grade: e.grade,
    opinion: e.opinion,
    evaluator: e.evaluatorName,
  });
  tx.record({
    action: 'evaluation.save',
    entity: 'evaluation',
    entityId: project.id,
    orgId: project.orgId,
    projectId: project.id,
    ...(before ? { before: audited(before) } : {}),
    after: audited(input),
  });
  return {
    projectId: project.id,
    score: input.score,
    grade: input.grade,
    opinion: input.opinion,
    evaluatorId: input.evaluatorId,
    evaluatorName: input.evaluatorName,
    evaluatorOrgName: input.evaluatorOrgName,
    createdAt: before?.createdAt ?? tx.now,
    updatedAt: tx.now,
  };
}
