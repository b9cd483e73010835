/** Third-party evaluation (第三方评价): evaluators assigned to a project, and their evaluation. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../core/messages/index.js';
import { getJson, send } from './http.js';

export interface Assignment {
  readonly id: string;
  readonly kind: 'user' | 'org';
  readonly assigneeId: string;
  readonly assigneeName: string;
  readonly assigneeOrgName: string | null;
  readonly createdByName: string;
  readonly createdAt: string;
}

export interface EvaluatorCandidate {
  readonly kind: 'user' | 'org';
  readonly id: string;
  readonly name: string;
  readonly orgName: string | null;
}

export interface Assignments {
  readonly items: readonly Assignment[];
  readonly canAssign: boolean;
  readonly candidates: readonly EvaluatorCandidate[];
}

export type GradeId = 'excellent' | 'good' | 'fair' | 'poor';

export interface Evaluation {
  readonly score: number;
  readonly grade: GradeId;
  readonly gradeLabel: Bilingual;
  readonly opinion: string;
  readonly evaluatorName: string;
  readonly evaluatorOrgName: string | null;
  readonly updatedAt: string;
}

const keys = {
  assignments: (id: string) => ['projects', id, 'assignments'] as const,
  evaluation: (id: string) => ['projects', id, 'evaluation'] as const,
};

/** Who evaluates the project, and whom the caller could assign. */
export function useAssignments(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.assignments(id),
    queryFn: ({ signal }) => getJson<Assignments>(`/api/projects/${id}/assignments`, signal),
    enabled,
  });
}

/** Assigns (`add`) or removes (`remove`) an evaluator. */
export function useAssign(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (
      input:
        | { readonly kind: 'add'; readonly target: { userId: string } | { orgId: string } }
        | { readonly kind: 'remove'; readonly assignmentId: string },
    ) =>
      input.kind === 'add'
        ? (await send('POST', `/api/projects/${id}/assignments`, { body: input.target })).data
        : (await send('DELETE', `/api/projects/${id}/assignments/${input.assignmentId}`)).data,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.assignments(id) }),
  });
}

/** The project's evaluation (null before one), and whether the caller records it. */
export function useEvaluation(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.evaluation(id),
    queryFn: ({ signal }) =>
      getJson<{ evaluation: Evaluation | null; canEvaluate: boolean }>(
        `/api/projects/${id}/evaluation`,
        signal,
      ),
    enabled,
  });
}

/** Records the caller's evaluation (an assigned evaluator). */
export function useSaveEvaluation(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { score: number; grade?: GradeId; opinion: string }) =>
      (await send<{ evaluation: Evaluation }>('PUT', `/api/projects/${id}/evaluation`, { body }))
        .data,
    onSuccess: () => client.invalidateQueries({ queryKey: keys.evaluation(id) }),
  });
}
