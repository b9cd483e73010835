/**
 * Worker thread of the import pool (piscina): reads and reviews one uploaded file with the
 * national review, reporting its progress on the port it is given, and answers the outcome —
 * plain data that crosses back to the main thread, which stores it.
 */

import type { MessagePort } from 'node:worker_threads';
import { review } from '../../core/review/index.js';
import { type ReadOutcome, readUpload } from './read-upload.js';

/** One task: the file and where to report progress. */
export interface ImportTask {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly maxBytes: number;
  readonly year?: number | undefined;
  readonly port?: MessagePort | undefined;
}

/** Reads and reviews the file of a task. */
export default async function readInWorker(task: ImportTask): Promise<ReadOutcome> {
  try {
    return await readUpload(task.bytes, {
      fileName: task.fileName,
      maxBytes: task.maxBytes,
      year: task.year,
      review: (table) => review(table),
      onProgress: (progress) => task.port?.postMessage(progress),
    });
  } finally {
    task.port?.close();
  }
}
