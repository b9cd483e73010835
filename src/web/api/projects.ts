/** Projects, their table (versioned: ETag/If-Match), findings, workflow, comments and history. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Finding, ReviewSummary } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import type { WorkflowAction } from '../../core/workflow/transitions.js';
import { getJson, send } from './http.js';
import type { History, Project, ProjectList, ReviewComment } from './types.js';

export interface ProjectFilters {
  readonly year?: number | null;
  readonly orgId?: string | null;
  readonly state?: string | null;
  readonly q?: string | null;
  /** A grade id of a complete self-evaluation (the server also reads 优/良/中/差). */
  readonly grade?: string | null;
  readonly findingCategory?: string | null;
  readonly findingSeverity?: string | null;
  readonly page?: number;
  readonly pageSize?: number;
}

/** The query string of a filter, without empty parts. */
export function filterQuery(filters: ProjectFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const projectKeys = {
  all: ['projects'] as const,
  list: (filters: ProjectFilters) => ['projects', 'list', filters] as const,
  one: (id: string) => ['projects', id] as const,
  table: (id: string) => ['projects', id, 'table'] as const,
  findings: (id: string) => ['projects', id, 'findings'] as const,
  comments: (id: string) => ['projects', id, 'comments'] as const,
  history: (id: string) => ['projects', id, 'history'] as const,
  version: (id: string, n: number) => ['projects', id, 'versions', n] as const,
};

function asList(
  data: ProjectList | readonly Project[] | { projects: readonly Project[] },
): ProjectList {
  if (Array.isArray(data)) return { items: data, total: data.length };
  if ('projects' in data) return { items: data.projects, total: data.projects.length };
  return data as ProjectList;
}

/** The projects the caller may see, filtered. */
export function useProjects(filters: ProjectFilters, enabled = true) {
  return useQuery({
    queryKey: projectKeys.list(filters),
    queryFn: async ({ signal }) =>
      asList(await getJson(`/api/projects${filterQuery(filters)}`, signal)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

function unwrapProject(data: Project | { project: Project }): Project {
  return 'project' in data ? data.project : data;
}

/** One project with its state and version. */
export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.one(id),
    queryFn: async ({ signal }) => unwrapProject(await getJson(`/api/projects/${id}`, signal)),
  });
}

export interface VersionedTable {
  readonly table: TargetTable;
  readonly version: number;
}

/** Reads the version from an ETag: `"3"`, `W/"3"` or `3`. */
export function versionOfEtag(etag: string | null): number | null {
  const match = etag?.match(/(\d+)/);
  return match ? Number(match[1]) : null;
}

/** Reads the current table and its version. */
export async function fetchTable(id: string, signal?: AbortSignal): Promise<VersionedTable> {
  const { data, response } = await send<TargetTable | { table: TargetTable; version: number }>(
    'GET',
    `/api/projects/${id}/table`,
    { signal },
  );
  if ('table' in data && 'version' in data) return { table: data.table, version: data.version };
  return { table: data as TargetTable, version: versionOfEtag(response.headers.get('etag')) ?? 0 };
}

/** The current table of a project with its version (the ETag). */
export function useProjectTable(id: string) {
  return useQuery({
    queryKey: projectKeys.table(id),
    queryFn: ({ signal }) => fetchTable(id, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Saves a table edited from `version`; a stale version answers 409 and nothing is written. */
export async function saveTable(id: string, version: number, table: TargetTable): Promise<number> {
  const { data, response } = await send<{ version?: number; project?: Project }>(
    'PUT',
    `/api/projects/${id}/table`,
    { body: table, headers: { 'if-match': `"${version}"` } },
  );
  return (
    data?.version ??
    data?.project?.version ??
    versionOfEtag(response.headers.get('etag')) ??
    version + 1
  );
}

export interface FindingsAnswer {
  readonly findings: readonly Finding[];
  readonly summary: ReviewSummary;
}

/** The server's findings of the current version. */
export function useProjectFindings(id: string, enabled = true) {
  return useQuery({
    queryKey: projectKeys.findings(id),
    queryFn: ({ signal }) => getJson<FindingsAnswer>(`/api/projects/${id}/findings`, signal),
    enabled,
  });
}

/** Takes a workflow action (submit, return, approve, publish). */
export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { action: WorkflowAction; comment?: string }) =>
      (
        await send<Project | { project: Project }>('POST', `/api/projects/${id}/transitions`, {
          body: input,
        })
      ).data,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}

function asComments(
  data:
    | readonly ReviewComment[]
    | { items: readonly ReviewComment[] }
    | { comments: readonly ReviewComment[] },
) {
  if (Array.isArray(data)) return data as readonly ReviewComment[];
  if ('comments' in data) return data.comments;
  if ('items' in data) return data.items;
  return [];
}

/** Review comments (审核意见) of a project. */
export function useComments(id: string) {
  return useQuery({
    queryKey: projectKeys.comments(id),
    queryFn: async ({ signal }) =>
      asComments(await getJson(`/api/projects/${id}/comments`, signal)),
  });
}

/** Adds a comment on the whole table (indicatorIndex null) or on one indicator. */
export function useAddComment(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { body: string; indicatorIndex: number | null }) =>
      (await send<ReviewComment>('POST', `/api/projects/${id}/comments`, { body: input })).data,
    onSuccess: () => client.invalidateQueries({ queryKey: projectKeys.comments(id) }),
  });
}

/** Versions and audit entries of a project. */
export function useHistory(id: string) {
  return useQuery({
    queryKey: projectKeys.history(id),
    queryFn: ({ signal }) => getJson<History>(`/api/projects/${id}/history`, signal),
  });
}

/** The table as it was at one version. */
export function useVersionTable(id: string, n: number | null) {
  return useQuery({
    queryKey: projectKeys.version(id, n ?? -1),
    queryFn: async ({ signal }) => {
      const data = await getJson<TargetTable | { table: TargetTable }>(
        `/api/projects/${id}/versions/${n}`,
        signal,
      );
      return 'table' in data && 'format' in data.table ? data.table : (data as TargetTable);
    },
    enabled: n !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
