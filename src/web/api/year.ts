/**
 * The year's records: actuals with their reviews, budget execution, evidence
 * files, the explained score, monitoring checkpoints, rectifications and satisfaction surveys.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MonitoringReport } from '../../core/monitoring/monitoring-report.js';
import type { ScoreReport } from '../../core/scoring/score-report.js';
import { getJson, send, upload } from './http.js';
import type { ProjectState } from './types.js';

type Lock = {
  readonly reason: string;
  readonly message: string;
  readonly messageEn: string;
} | null;

export interface ActualUpdate {
  readonly id: string;
  readonly seq: number;
  readonly index: number;
  readonly name: string;
  readonly actual: string | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly deviationReason: string | null;
  readonly source: 'entry' | 'survey';
  /** Who entered it: for a reviewer's correction, the reviewer. */
  readonly authorName: string;
  readonly createdAt: string;
  /** A correction: the original author it was entered for, the update corrected and why. */
  readonly onBehalfOf: string | null;
  readonly correctedFrom: string | null;
  readonly correctionReason: string | null;
  readonly review: {
    readonly state: 'pending' | 'approved' | 'rejected';
    readonly byName: string | null;
    readonly at: string | null;
    readonly comment: string | null;
  };
}

export interface Evidence {
  readonly id: string;
  readonly index: number;
  readonly indicatorName: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly uploadedByName: string;
  readonly createdAt: string;
  readonly url: string;
}

export interface ActualsIndicator {
  readonly index: number;
  readonly name: string;
  readonly level1: string | null;
  readonly level2: string | null;
  readonly target: string;
  readonly actual: string | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly deviationReason: string | null;
  readonly counts: { readonly numerator: number; readonly denominator: number } | null;
  /** The current update: the latest not rejected. */
  readonly update: ActualUpdate | null;
  /** A newer update that was rejected (it does not count). */
  readonly rejected: ActualUpdate | null;
  readonly evidence: readonly Evidence[];
}

export interface ExecutionLine {
  readonly initialBudget: string | null;
  readonly budget: string | null;
  readonly spent: string | null;
  readonly reason: string | null;
  readonly updatedAt?: string | null;
  readonly updatedBy?: string | null;
}

export interface Actuals {
  readonly projectId: string;
  readonly version: number;
  readonly state: ProjectState;
  readonly canEdit: boolean;
  readonly canReview: boolean;
  readonly canCorrect: boolean;
  readonly locked: Lock;
  readonly indicators: readonly ActualsIndicator[];
  readonly execution: ExecutionLine;
}

export interface ActualEntry {
  readonly index: number;
  readonly name?: string;
  readonly actual?: string | null;
  readonly weight?: number | null;
  readonly score?: number | null;
  readonly deviationReason?: string | null;
}

export const yearKeys = {
  actuals: (id: string) => ['projects', id, 'actuals'] as const,
  actualHistory: (id: string, index: number) =>
    ['projects', id, 'actuals', 'history', index] as const,
  score: (id: string, profile: string) => ['projects', id, 'score', profile] as const,
  monitoring: (id: string) => ['projects', id, 'monitoring'] as const,
  checkpoint: (id: string, checkpoint: string) =>
    ['projects', id, 'monitoring', checkpoint] as const,
  rectifications: (id: string) => ['projects', id, 'rectifications'] as const,
  surveys: (id: string) => ['projects', id, 'surveys'] as const,
};

/** Actuals, execution and evidence of a project. */
export function useActuals(id: string) {
  return useQuery({
    queryKey: yearKeys.actuals(id),
    queryFn: ({ signal }) => getJson<Actuals>(`/api/projects/${id}/actuals`, signal),
  });
}

/** Saves changed actuals and the execution line. */
export function useSaveActuals(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: {
      entries: readonly ActualEntry[];
      execution?: Partial<ExecutionLine>;
    }) =>
      (
        await send<{ written: number; actuals: Actuals }>('PUT', `/api/projects/${id}/actuals`, {
          body,
        })
      ).data,
    onSuccess: (data) => {
      client.setQueryData(yearKeys.actuals(id), data.actuals);
      void client.invalidateQueries({ queryKey: ['projects', id, 'score'] });
      void client.invalidateQueries({ queryKey: ['projects', id, 'history'] });
    },
  });
}

/** Approves or rejects one update of an actual (never one's own). */
export function useReviewUpdate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: {
      updateId: string;
      decision: 'approved' | 'rejected';
      comment?: string;
    }) =>
      (
        await send('POST', `/api/projects/${id}/actuals/updates/${input.updateId}/review`, {
          body: { decision: input.decision, ...(input.comment ? { comment: input.comment } : {}) },
        })
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: yearKeys.actuals(id) }),
  });
}

/** Every update of one indicator, newest first, with authors and reviews. */
export function useActualHistory(id: string, index: number) {
  return useQuery({
    queryKey: yearKeys.actualHistory(id, index),
    queryFn: async ({ signal }) =>
      (
        await getJson<{ items: ActualUpdate[] }>(
          `/api/projects/${id}/actuals/history?index=${index}`,
          signal,
        )
      ).items,
  });
}

/** A reviewer corrects the current update: a new update on behalf of its author. */
export function useCorrectUpdate(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { updateId: string; actual: string | null; reason: string }) =>
      (
        await send<{ update: ActualUpdate }>(
          'POST',
          `/api/projects/${id}/actuals/updates/${input.updateId}/correction`,
          { body: { actual: input.actual, reason: input.reason } },
        )
      ).data,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: yearKeys.actuals(id) });
      void client.invalidateQueries({ queryKey: ['projects', id, 'score'] });
    },
  });
}

/** The explained score under a profile. */
export function useScore(id: string, profile: string) {
  return useQuery({
    queryKey: yearKeys.score(id, profile),
    queryFn: ({ signal }) =>
      getJson<ScoreReport>(`/api/projects/${id}/score?profile=${profile}`, signal),
  });
}

/** Uploads an evidence file for one indicator, reporting progress. */
export async function uploadEvidence(
  id: string,
  index: number,
  file: File,
  onProgress: (f: number) => void,
): Promise<Evidence> {
  const form = new FormData();
  form.append('file', file, file.name);
  const answer = await upload<{ evidence: Evidence }>(
    `/api/projects/${id}/indicators/${index}/evidence`,
    form,
    onProgress,
  );
  return answer.evidence;
}

/** Deletes an evidence file (audited). */
export function useDeleteEvidence(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (evidence: Evidence) =>
      (
        await send(
          'DELETE',
          `/api/projects/${id}/indicators/${evidence.index}/evidence/${evidence.id}`,
        )
      ).data,
    onSuccess: () => client.invalidateQueries({ queryKey: yearKeys.actuals(id) }),
  });
}

export interface CheckpointSummary {
  readonly checkpoint: string;
  readonly month: number;
  readonly period: { readonly zh: string; readonly en: string };
  readonly state: 'open' | 'closed';
  readonly filed: { readonly number: number; readonly createdAt: string } | null;
}

export interface MonitoringEntryInput {
  readonly index: number;
  readonly current?: string | { readonly raw: string } | null;
  readonly expected?: string | { readonly raw: string } | null;
  readonly deviation?: { readonly category?: string | null; readonly text?: string | null } | null;
  readonly likelihood?: string | null;
}

export interface Checkpoint extends CheckpointSummary {
  readonly locked: Lock;
  readonly closed: {
    readonly at: string | null;
    readonly by: string | null;
    readonly reason: string | null;
  } | null;
  readonly canEdit: boolean;
  readonly canClose: boolean;
  readonly canReopen: boolean;
  readonly filed: {
    readonly number: number;
    readonly authorName: string;
    readonly createdAt: string;
  } | null;
  readonly input: {
    readonly execution?: { readonly budget?: string | null; readonly spent?: string | null } | null;
    readonly entries?: readonly MonitoringEntryInput[];
  } | null;
  readonly report: MonitoringReport;
}

/** The checkpoints of the project's monitoring profile. */
export function useCheckpoints(id: string) {
  return useQuery({
    queryKey: yearKeys.monitoring(id),
    queryFn: ({ signal }) =>
      getJson<{
        profile: { id: string; name: { zh: string; en: string } };
        checkpoints: readonly CheckpointSummary[];
      }>(`/api/projects/${id}/monitoring`, signal),
  });
}

/** One checkpoint: what was filed, the lights and findings. */
export function useCheckpoint(id: string, checkpoint: string | null) {
  return useQuery({
    queryKey: yearKeys.checkpoint(id, checkpoint ?? ''),
    queryFn: ({ signal }) =>
      getJson<Checkpoint>(`/api/projects/${id}/monitoring/${checkpoint}`, signal),
    enabled: checkpoint !== null,
  });
}

/** Files monitoring values, closes or reopens a period. */
export function useMonitoringAction(id: string, checkpoint: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (
      input:
        | {
            kind: 'file';
            body: {
              execution?: { budget?: string | null; spent?: string | null } | null;
              entries: readonly MonitoringEntryInput[];
            };
          }
        | { kind: 'close' | 'reopen'; reason?: string },
    ) => {
      const path = `/api/projects/${id}/monitoring/${checkpoint}`;
      if (input.kind === 'file')
        return (await send<Checkpoint>('PUT', path, { body: input.body })).data;
      return (
        await send<Checkpoint>('POST', `${path}/${input.kind}`, {
          body: input.reason ? { reason: input.reason } : {},
        })
      ).data;
    },
    onSuccess: (data) => {
      client.setQueryData(yearKeys.checkpoint(id, checkpoint), data);
      void client.invalidateQueries({ queryKey: yearKeys.monitoring(id) });
    },
  });
}

export interface Rectification {
  readonly id: string;
  readonly indicators: readonly number[];
  readonly indicatorNames: readonly string[];
  readonly category: string | null;
  readonly dueDate: string | null;
  readonly state: 'requested' | 'measures' | 'result' | 'closed';
  readonly steps: readonly {
    readonly action: string;
    readonly by: string;
    readonly at: string;
    readonly text: string;
  }[];
  readonly requestedBy: string;
  readonly createdAt: string;
  readonly actions: readonly ('submit-measures' | 'submit-result' | 'return' | 'close')[];
}

/** Rectifications (整改) of a project. */
export function useRectifications(id: string) {
  return useQuery({
    queryKey: yearKeys.rectifications(id),
    queryFn: async ({ signal }) =>
      (
        await getJson<{ items: readonly Rectification[] }>(
          `/api/projects/${id}/rectifications`,
          signal,
        )
      ).items,
  });
}

/** Requests a rectification, or takes its next step. */
export function useRectificationAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (
      input:
        | {
            kind: 'request';
            text: string;
            indicators?: number[];
            category?: string | null;
            dueDate?: string | null;
          }
        | {
            kind: 'step';
            rectificationId: string;
            action: Rectification['actions'][number];
            text: string;
          },
    ) => {
      if (input.kind === 'request') {
        const { kind: _kind, ...body } = input;
        return (await send('POST', `/api/projects/${id}/rectifications`, { body })).data;
      }
      return (
        await send('POST', `/api/projects/${id}/rectifications/${input.rectificationId}/steps`, {
          body: { action: input.action, text: input.text },
        })
      ).data;
    },
    onSuccess: () => client.invalidateQueries({ queryKey: yearKeys.rectifications(id) }),
  });
}

export interface Survey {
  readonly id: string;
  readonly index: number;
  readonly indicatorName: string;
  readonly question: string;
  readonly mode: 'open' | 'invitation';
  readonly state: 'open' | 'closed';
  readonly link: string | null;
  readonly answers: Readonly<Record<string, number>>;
  readonly satisfied: number;
  readonly total: number;
  readonly rate: number | null;
  readonly createdAt: string;
}

/** Satisfaction surveys of a project. */
export function useSurveys(id: string) {
  return useQuery({
    queryKey: yearKeys.surveys(id),
    queryFn: async ({ signal }) =>
      (await getJson<{ items: readonly Survey[] }>(`/api/projects/${id}/surveys`, signal)).items,
  });
}

/** Starts or closes a survey. */
export function useSurveyAction(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (
      input: { kind: 'start'; index: number } | { kind: 'close'; surveyId: string },
    ) => {
      if (input.kind === 'start')
        return (
          await send<{ survey: Survey; links: string[] }>('POST', `/api/projects/${id}/surveys`, {
            body: { index: input.index },
          })
        ).data;
      return (
        await send<{ survey: Survey }>(
          'POST',
          `/api/projects/${id}/surveys/${input.surveyId}/close`,
          { body: {} },
        )
      ).data;
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: yearKeys.surveys(id) });
      void client.invalidateQueries({ queryKey: yearKeys.actuals(id) });
      void client.invalidateQueries({ queryKey: ['projects', id, 'score'] });
    },
  });
}
