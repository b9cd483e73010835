/** Importing files: a dry run that previews, then the real import that stores drafts. */
import type { Finding, ReviewSummary } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { upload } from './http.js';
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
