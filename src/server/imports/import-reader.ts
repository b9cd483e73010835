/**
 * Where uploads are read and reviewed: a big file (reading and reviewing 20,000 indicators
 * takes seconds) goes to a pool of worker threads, so the server's main thread keeps
 * answering every other request meanwhile; a small one is read in place, where handing it
 * over would cost more than it saves. The transaction that stores the result stays on the
 * main thread. A review function given to `buildApp` (tests, custom deployments) cannot cross
 * to a worker, so with one every file is read in place.
 */

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { ReviewResult } from '../../core/review/index.js';
import type { TargetTable } from '../../core/table/target-table.js';
import { readError } from '../errors.js';
import type { ImportTask } from './import.worker.js';
import {
  type ReadOutcome,
  type ReadProgress,
  type ReviewedTable,
  readUpload,
} from './read-upload.js';

/** How uploads are read. */
export interface ImportSettings {
  /** Files of at least this many bytes are read in a worker thread (default 32 KiB). */
  readonly offThreadBytes: number;
  /** Worker threads at most (default: half the cores, at least one, at most four). */
  readonly threads: number;
  /** The review used in place. */
  readonly review: (table: TargetTable) => ReviewResult;
  /** A review given to `buildApp` cannot cross to a worker: every file is read in place. */
  readonly customReview: boolean;
}

/** The defaults of `ImportSettings`. */
export function resolveImportSettings(
  given: Partial<Pick<ImportSettings, 'offThreadBytes' | 'threads'>> = {},
  review: (table: TargetTable) => ReviewResult,
  customReview: boolean,
): ImportSettings {
  return {
    offThreadBytes: given.offThreadBytes ?? 32 * 1024,
    threads: given.threads ?? Math.min(4, Math.max(1, Math.floor(availableParallelism() / 2))),
    review,
    customReview,
  };
}

/**
 * The worker's file: the compiled `.js` beside this module when the server runs from `dist/`;
 * under the TypeScript sources (tests), the `.ts` file loaded through tsx, as the lint bench
 * loads its worker.
 */
export function workerFile(): { readonly filename: string; readonly execArgv: string[] } {
  const compiled = fileURLToPath(new URL('./import.worker.js', import.meta.url));
  if (existsSync(compiled)) return { filename: compiled, execArgv: [] };
  return {
    filename: fileURLToPath(new URL('./import.worker.ts', import.meta.url)),
    execArgv: ['--import', 'tsx'],
  };
}

/** What a read needs besides the bytes. */
export interface ReadRequest {
  readonly fileName: string;
  readonly maxBytes: number;
  readonly year?: number | undefined;
  readonly onProgress?: (progress: ReadProgress) => void;
}

/** Reads uploads in place or in the worker pool (started on first use). */
export class ImportReader {
  private pool: Piscina | null = null;
  private closed = false;

  constructor(private readonly settings: ImportSettings) {}

  /** True when a file of this size is read in a worker thread. */
  offThread(size: number): boolean {
    return !this.settings.customReview && size >= this.settings.offThreadBytes;
  }

  /**
   * Reads and reviews a file. A file the readers refuse throws the reader's bilingual error
   * (400, 413 or 415), wherever it was read.
   */
  async read(bytes: Uint8Array, request: ReadRequest): Promise<ReviewedTable[]> {
    const outcome = this.offThread(bytes.length)
      ? await this.inWorker(bytes, request)
      : await readUpload(bytes, { ...request, review: this.settings.review });
    if (!outcome.ok) throw readError(outcome.code, outcome.text);
    return [...outcome.tables];
  }

  private async inWorker(bytes: Uint8Array, request: ReadRequest): Promise<ReadOutcome> {
    if (this.closed) throw new Error('the import pool is closed');
    this.pool ??= new Piscina({
      ...workerFile(),
      minThreads: 0,
      maxThreads: this.settings.threads,
      idleTimeout: 60_000,
    });
    // A copy of just this view, so transferring it cannot detach a buffer shared with others.
    const copy = new Uint8Array(bytes);
    const { port1, port2 } = new MessageChannel();
    port1.on('message', (progress: ReadProgress) => request.onProgress?.(progress));
    const task: ImportTask = {
      bytes: copy,
      fileName: request.fileName,
      maxBytes: request.maxBytes,
      year: request.year,
      port: port2,
    };
    try {
      return (await this.pool.run(task, { transferList: [port2, copy.buffer] })) as ReadOutcome;
    } finally {
      port1.close();
    }
  }

  /** Stops the worker threads (after their tasks). */
  async close(): Promise<void> {
    this.closed = true;
    await this.pool?.close();
  }
}
