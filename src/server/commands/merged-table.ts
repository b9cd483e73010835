/**
 * A project's table merged with the year's records: each indicator's current actual update
 * (the latest one not rejected: 实际完成值, 分值, 得分, 偏差原因), its evidence, and the budget
 * execution line — the
 * interchange table that scoring and the 自评表 read. Records keep the version and indicator
 * name they were made against, so after an adjustment (调整) they follow their indicator.
 */

import { render, SELF_EVALUATION_LABELS, WORKFLOW_MESSAGES } from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import { isSelfEvaluationOpen } from '../../core/policy/evidence.policy.js';
import { canViewProject } from '../../core/policy/project.policy.js';
import type { EvidenceRef, Indicator, TargetTable } from '../../core/table/target-table.js';
import { parseTargetValue } from '../../core/value/parse.js';
import type { Queryable } from '../../store/mutate.js';
import {
  type ActualUpdate,
  type ActualValues,
  type ExecutionUpdate,
  latestActuals,
  latestExecution,
} from '../../store/repositories/actual.repository.js';
import { type EvidenceFile, listEvidence } from '../../store/repositories/evidence.repository.js';
import {
  findProjectTable,
  type ProjectRecord,
} from '../../store/repositories/project.repository.js';
import { notFound } from '../errors.js';
import { recordsError } from './self-evaluation-errors.js';

/** Something recorded against an indicator: at which version, which row, under which name. */
export interface IndicatorKey {
  readonly version: number;
  readonly index: number;
  readonly name: string;
}

/**
 * Where a record made against `key` sits in the current indicators: the same row at the same
 * version; at an older version, the same row if it still has that name, else the one indicator
 * of that name; null when it cannot be placed (the indicator was removed or is ambiguous).
 */
export function placeIndicator(
  indicators: readonly Pick<Indicator, 'name'>[],
  key: IndicatorKey,
  currentVersion: number,
): number | null {
  if (key.version === currentVersion) return key.index < indicators.length ? key.index : null;
  if (indicators[key.index]?.name === key.name) return key.index;
  const same = indicators.flatMap((i, k) => (i.name === key.name ? [k] : []));
  return same.length === 1 ? same[0]! : null;
}

/** What an indicator says in the table itself (an imported self-evaluation may carry actuals). */
export function tableValues(indicator: Indicator): ActualValues {
  return {
    actual:
      indicator.actual === null || indicator.actual.kind === 'none' ? null : indicator.actual.raw,
    weight: indicator.weight,
    score: indicator.score,
    deviationReason: indicator.deviationReason ?? null,
    numerator: null,
    denominator: null,
  };
}

/** A project with its table and every record, placed on the current indicators. */
export interface ProjectRecords {
  readonly project: ProjectRecord;
  /** The current version's table as approved. */
  readonly table: TargetTable;
  /** The current update of each indicator (its latest not rejected), by current index. */
  readonly current: readonly (ActualUpdate | null)[];
  /** The latest update of each indicator when it was rejected after the current one. */
  readonly rejected: readonly (ActualUpdate | null)[];
  readonly evidence: readonly (readonly EvidenceFile[])[];
  readonly execution: ExecutionUpdate | undefined;
  /** The table with the records filled in. */
  readonly merged: TargetTable;
}

/** Loads a project the actor may see with its records (four queries), or 404. */
export async function loadProjectRecords(
  q: Queryable,
  actor: Actor,
  projectId: string,
): Promise<ProjectRecords> {
  const found = await findProjectTable(q, projectId);
  if (!found || !canViewProject(actor, found.project)) throw notFound('project');
  return recordsOf(q, found);
}

/** Loads the records of a project already found (whoever asks has been checked). */
export async function recordsOf(
  q: Queryable,
  found: { readonly project: ProjectRecord; readonly tableJson: string },
): Promise<ProjectRecords> {
  const { project } = found;
  const table = JSON.parse(found.tableJson) as TargetTable;
  const [updates, execution, files] = await Promise.all([
    latestActuals(q, project.id),
    latestExecution(q, project.id),
    listEvidence(q, project.id),
  ]);
  const { current, rejected } = placeUpdates(table.indicators, updates, project.version);
  const evidence: EvidenceFile[][] = table.indicators.map(() => []);
  for (const f of files) {
    const k = placeIndicator(
      table.indicators,
      { version: f.version, index: f.index, name: f.indicatorName },
      project.version,
    );
    if (k !== null) evidence[k]!.push(f);
  }
  return {
    project,
    table,
    current,
    rejected,
    evidence,
    execution,
    merged: mergeRecords(table, current, evidence, execution),
  };
}

/**
 * Places updates on the current indicators: each indicator's current update is its newest
 * that was not rejected (approved or pending — a rejected value never counts), and a newer
 * rejected one is kept beside it so the unit sees what was turned down and why.
 */
export function placeUpdates(
  indicators: readonly Pick<Indicator, 'name'>[],
  updates: readonly ActualUpdate[],
  currentVersion: number,
): { current: (ActualUpdate | null)[]; rejected: (ActualUpdate | null)[] } {
  const current: (ActualUpdate | null)[] = indicators.map(() => null);
  const rejected: (ActualUpdate | null)[] = indicators.map(() => null);
  for (const u of updates) {
    const k = placeIndicator(indicators, u, currentVersion);
    if (k === null) continue;
    const slot = u.review.state === 'rejected' ? rejected : current;
    if (slot[k] === null || slot[k]!.seq < u.seq) slot[k] = u;
  }
  for (let k = 0; k < indicators.length; k += 1)
    if (rejected[k] !== null && current[k] !== null && rejected[k]!.seq < current[k]!.seq)
      rejected[k] = null;
  return { current, rejected };
}

/** The evidence references of an indicator: its files, and the survey its actual came from. */
function evidenceRefs(files: readonly EvidenceFile[], update: ActualUpdate | null): EvidenceRef[] {
  const refs: EvidenceRef[] = files.map((f) => ({
    id: f.id,
    name: f.fileName,
    sha256: f.sha256,
    mediaType: f.mediaType,
    size: f.size,
  }));
  if (update?.source === 'survey' && update.sourceId !== null && update.denominator !== null)
    refs.push({
      id: `survey:${update.sourceId}`,
      name: render(SELF_EVALUATION_LABELS.surveyEvidence, {
        total: update.denominator,
        satisfied: update.numerator ?? 0,
      }).zh,
    });
  return refs;
}

/** Fills the table's indicators and execution line with the records. */
export function mergeRecords(
  table: TargetTable,
  current: readonly (ActualUpdate | null)[],
  evidence: readonly (readonly EvidenceFile[])[],
  execution: ExecutionUpdate | undefined,
): TargetTable {
  const year = table.project.year;
  const indicators = table.indicators.map((indicator, k): Indicator => {
    const update = current[k] ?? null;
    const refs = evidenceRefs(evidence[k] ?? [], update);
    const withRefs = refs.length > 0 ? { evidence: refs } : {};
    if (update === null) return { ...indicator, ...withRefs };
    return {
      ...indicator,
      actual: update.actual === null ? null : parseTargetValue(update.actual, { year }),
      weight: update.weight,
      score: update.score,
      deviationReason: update.deviationReason,
      ...withRefs,
    };
  });
  return {
    ...table,
    indicators,
    execution: execution
      ? { initialBudget: execution.initialBudget, budget: execution.budget, spent: execution.spent }
      : table.execution,
  };
}

/**
 * Refuses writes before the targets are approved, saying why (locks always say why). The
 * caller has already checked the role.
 */
export function requireOpen(project: ProjectRecord): void {
  if (isSelfEvaluationOpen(project.state)) return;
  const state = WORKFLOW_MESSAGES.states[project.state];
  throw recordsError('selfEvaluationNotOpen', { state: state.zh, stateEn: state.en });
}

/** The lock on the year's records, or null when they are open. */
export function recordsLock(project: ProjectRecord) {
  if (isSelfEvaluationOpen(project.state)) return null;
  const text = SELF_EVALUATION_LABELS.notApprovedLock;
  return { reason: 'not-approved' as const, message: text.zh, messageEn: text.en };
}
