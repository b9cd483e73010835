/**
 * Imports in the background (DESIGN: long work runs in the background with progress instead
 * of holding a request open). The upload is taken in the request, which answers 202 at once;
 * the file is then read and reviewed (in a worker thread when big) and stored in one
 * transaction, and the job's row follows along — queued, reading, reviewing, storing, then
 * done with the projects stored, or failed with the reader's bilingual error. Closing the app
 * waits for the jobs under way, so none is cut off in the middle of its transaction.
 */

import type { FastifyBaseLogger } from 'fastify';
import {
  IMPORT_JOB_ERRORS,
  type ImportJobErrorCode,
  type MessageParams,
  render,
  SERVER_MESSAGES,
} from '../../core/messages/index.js';
import type { Actor } from '../../core/policy/actor.js';
import {
  type ImportedProject,
  type ImportJobChange,
  type ImportJobError,
  insertImportJob,
  type NewImportJob,
  updateImportJob,
} from '../../store/repositories/import-job.repository.js';
import type { Org } from '../../store/repositories/org.repository.js';
import { auditActor } from '../commands/actor.js';
import { storeImport } from '../commands/import.command.js';
import type { ServerContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { ReadProgress } from './read-upload.js';

/** The status each import-job error is sent with. */
export const IMPORT_JOB_ERROR_STATUS: Readonly<Record<ImportJobErrorCode, number>> = {
  asyncDryRun: 400,
  importInterrupted: 500,
};

/** An import-job error, as the API sends it. */
export function importJobError(code: ImportJobErrorCode, params: MessageParams = {}): ApiError {
  return new ApiError(code, IMPORT_JOB_ERROR_STATUS[code], render(IMPORT_JOB_ERRORS[code], params));
}

/**
 * How far a job has come at each point, 0–1. Reading is the long part of a big file; the
 * review of each table is counted within its share.
 */
export function progressOf(progress: ReadProgress): number {
  if (progress.stage === 'reading') return 0.05;
  return 0.5 + 0.4 * (progress.total === 0 ? 1 : progress.done / progress.total);
}

/** How often a running job says it is alive (its row's `updated_at`). */
export const JOB_HEARTBEAT_MS = 20_000;

/** What a job imports. */
export interface JobUpload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly year?: number | undefined;
}

/** The jobs of one server process. */
export class ImportJobs {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Records a job for the upload and starts it; answers with the job's id at once. */
  async start(actor: Actor, org: Org, upload: JobUpload): Promise<string> {
    const job: NewImportJob = {
      id: this.ctx.services.newId(),
      orgId: org.id,
      createdBy: actor.userId,
      createdByName: actor.username,
      fileName: upload.fileName,
      size: upload.bytes.length,
      createdAt: this.now(),
    };
    await insertImportJob(this.ctx.store.db, job);
    const run = this.run(job.id, actor, org, upload).finally(() => this.running.delete(run));
    this.running.add(run);
    return job.id;
  }

  /** Waits for the jobs under way (the app calls this as it closes). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  private now(): string {
    return this.ctx.services.clock().toISOString();
  }

  private async run(id: string, actor: Actor, org: Org, upload: JobUpload): Promise<void> {
    // Changes are written one after another, so a late progress never overtakes the outcome.
    let written: Promise<void> = Promise.resolve();
    let last: Omit<ImportJobChange, 'at'> = { state: 'queued', progress: 0 };
    const move = (change: Omit<ImportJobChange, 'at'>) => {
      if (change.progress < last.progress) return;
      last = change;
      const at = this.now();
      written = written
        .then(() => updateImportJob(this.ctx.store.db, id, { ...change, at }))
        .catch((error: unknown) => this.log.error({ err: error, job: id }, 'import.job.progress'));
    };
    // A long read reports nothing for a while: the heartbeat tells readers the job is alive,
    // so one whose process stopped can be told apart (it stops beating).
    const heartbeat = setInterval(
      () => move({ state: last.state, progress: last.progress }),
      JOB_HEARTBEAT_MS,
    );
    heartbeat.unref();
    try {
      const tables = await this.ctx.imports.read(upload.bytes, {
        fileName: upload.fileName,
        maxBytes: this.ctx.limits.uploadBytes,
        year: upload.year,
        onProgress: (p) => move({ state: p.stage, progress: progressOf(p) }),
      });
      move({ state: 'storing', progress: 0.9 });
      this.log.info({ job: id, file: upload.fileName, tables: tables.length }, 'import.store');
      const stored = await storeImport(
        this.ctx.store.db,
        auditActor(actor),
        this.ctx.services,
        org,
        tables,
        { source: 'import', note: upload.fileName, review: this.ctx.review },
      );
      const imported: ImportedProject[] = stored.map((s) => ({
        id: s.project.id,
        name: s.project.name,
        version: s.version.number,
        indicatorCount: s.project.indicatorCount,
        summary: s.reviewed.summary,
      }));
      this.log.info({ job: id, file: upload.fileName }, 'import.stored');
      move({ state: 'done', progress: 1, imported });
    } catch (error) {
      move({ state: 'failed', progress: last.progress, error: this.failure(id, error) });
    } finally {
      clearInterval(heartbeat);
    }
    await written;
  }

  /** The error a failed job shows: the reader's own, or an internal one that was logged. */
  private failure(id: string, error: unknown): ImportJobError {
    if (error instanceof ApiError)
      return {
        code: error.code,
        status: error.statusCode,
        message: error.text.zh,
        messageEn: error.text.en,
      };
    this.log.error({ err: error, job: id }, 'import.job.failed');
    const text = render(SERVER_MESSAGES.internal, { id });
    return { code: 'internal', status: 500, message: text.zh, messageEn: text.en };
  }
}
