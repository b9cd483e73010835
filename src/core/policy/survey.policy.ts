/**
 * Satisfaction surveys (满意度调查): who may run one, on which indicators, and how answers
 * count. The scale has five points; 非常满意 and 满意 count as satisfied, so a rate is kept as
 * its numerator and denominator (183 of 200), never only as a percentage (DESIGN, "Lessons").
 */

import type { Level1, Level2 } from '../framework/taxonomy.js';
import type { Actor } from './actor.js';
import { isSelfEvaluationOpen } from './evidence.policy.js';
import { canViewProject, type ProjectScope } from './project.policy.js';

/** The five answers, from best to worst. */
export const SURVEY_ANSWERS = [
  'very-satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very-dissatisfied',
] as const;

/** 非常满意 · 满意 · 一般 · 不满意 · 非常不满意 */
export type SurveyAnswer = (typeof SURVEY_ANSWERS)[number];

/** The answers that count as satisfied. */
export const SATISFIED_ANSWERS: readonly SurveyAnswer[] = ['very-satisfied', 'satisfied'];

/** True for a known answer id. */
export function isSurveyAnswer(value: unknown): value is SurveyAnswer {
  return typeof value === 'string' && (SURVEY_ANSWERS as readonly string[]).includes(value);
}

/**
 * True when the actor may start or close a survey on the project: the unit or one of its
 * reviewers, once the targets are approved.
 */
export function canManageSurvey(actor: Actor, project: ProjectScope): boolean {
  const role =
    actor.role === 'unit-filer' ||
    actor.role === 'department-reviewer' ||
    actor.role === 'finance-reviewer';
  return role && canViewProject(actor, project) && isSelfEvaluationOpen(project.state);
}

/** True for a satisfaction indicator (满意度指标), the only kind a survey measures. */
export function isSatisfactionIndicator(indicator: {
  readonly level1: Level1 | null;
  readonly level2: Level2 | null;
}): boolean {
  return indicator.level1 === 'satisfaction' || indicator.level2 === 'satisfaction';
}

/** Satisfied answers and all answers of a survey. */
export interface SatisfactionCount {
  readonly satisfied: number;
  readonly total: number;
}

/**
 * Counts answers into satisfied of total.
 * @example countSatisfaction({ satisfied: 3, neutral: 1 }) // { satisfied: 3, total: 4 }
 */
export function countSatisfaction(
  answers: Readonly<Partial<Record<SurveyAnswer, number>>>,
): SatisfactionCount {
  let satisfied = 0;
  let total = 0;
  for (const answer of SURVEY_ANSWERS) {
    const n = answers[answer] ?? 0;
    total += n;
    if (SATISFIED_ANSWERS.includes(answer)) satisfied += n;
  }
  return { satisfied, total };
}

/**
 * The actual a survey gives its indicator, written as counts so scoring keeps them
 * (`183/200` scores as 91.5% against a percentage target). Null when nobody answered.
 */
export function surveyActual(count: SatisfactionCount): string | null {
  return count.total > 0 ? `${count.satisfied}/${count.total}` : null;
}
