/**
 * Importing files: a dry run that previews, then the real import that stores drafts — for a big
 * file in the background, as a job the page follows until it ends.
 */
import type { Finding, ReviewSummary } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { errorFromResponse, getJson, upload } from './http.js';
import type { Project } from './types.js';

export interface ImportPreview {
  readonly dryRun: true;
  readonly orgId: string;
  readonly tables: readonly {
    readonly table: TargetTable;
    readonly findings: readonly Finding[];
    readonly summary: ReviewSummary;
  }[];
}

export interface ImportDone {
  readonly project: Project;
  readonly version: number;
  readonly imported?: readonly { readonly project: Project; readonly version: number }[];
}

function form(file: File, fields: { orgId?: string | null; year?: number | null }): FormData {
  const data = new FormData();
  // Fields first: the server reads the parts in order and needs them before the file.
  if (fields.orgId) data.append('orgId', fields.orgId);
  if (fields.year) data.append('year', String(fields.year));
  data.append('file', file, file.name);
  return data;
}

/** Reads and reviews a file without storing anything. */
export function previewImport(
  file: File,
  fields: { orgId?: string | null; year?: number | null },
  onProgress: (fraction: number) => void,
): Promise<ImportPreview> {
  return upload<ImportPreview>('/api/imports?dryRun=1', form(file, fields), onProgress);
}

/** Stores a file's tables as draft projects. */
export function runImport(
  file: File,
  fields: { orgId?: string | null; year?: number | null },
  onProgress: (fraction: number) => void,
): Promise<ImportDone> {
  return upload<ImportDone>('/api/imports', form(file, fields), onProgress);
}

/** Files of this size or more are saved in the background, with the job's progress shown. */
export const BACKGROUND_IMPORT_BYTES = 1024 * 1024;

/** An import running in the background (`GET /api/imports/jobs/:id`). */
export interface ImportJob {
  readonly id: string;
  readonly state: 'queued' | 'reading' | 'reviewing' | 'storing' | 'done' | 'failed';
  readonly progress: number;
  readonly fileName: string;
  readonly imported:
    | readonly { readonly id: string; readonly name: string; readonly indicatorCount: number }[]
    | null;
  readonly error: {
    readonly code: string;
    readonly status: number;
    readonly message: string;
    readonly messageEn: string;
  } | null;
}

/** Starts storing a file's tables in the background; resolves with the job once uploaded. */
export async function startImportJob(
  file: File,
  fields: { orgId?: string | null; year?: number | null },
  onProgress: (fraction: number) => void,
): Promise<ImportJob> {
  return (await upload<{ job: ImportJob }>('/api/imports?async=1', form(file, fields), onProgress))
    .job;
}

/**
 * Follows a job until it ends, reporting each answer; resolves with the stored projects, or
 * rejects with the job's error as a sentence in both languages.
 */
export async function followImportJob(
  id: string,
  onUpdate: (job: ImportJob) => void,
  intervalMs = 500,
): Promise<NonNullable<ImportJob['imported']>> {
  for (;;) {
    const job = await getJson<ImportJob>(`/api/imports/jobs/${id}`);
    onUpdate(job);
    if (job.state === 'done') return job.imported ?? [];
    if (job.state === 'failed') throw errorFromResponse(job.error?.status ?? 500, job);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
