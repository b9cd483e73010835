/** The public fields of an import running in the background. */

import {
  FINAL_JOB_STATES,
  type ImportJob,
  type ImportJobError,
} from '../../store/repositories/import-job.repository.js';
import {
  IMPORT_JOB_ERROR_STATUS,
  importJobError,
  JOB_HEARTBEAT_MS,
} from '../imports/import-jobs.js';

/**
 * A job that has not moved for this long was cut off (its process stopped): a running job
 * writes its progress at every stage and beats every `JOB_HEARTBEAT_MS` in between.
 */
export const STALE_JOB_MS = 6 * JOB_HEARTBEAT_MS;

function interrupted(job: ImportJob): ImportJobError {
  const error = importJobError('importInterrupted', { file: job.fileName });
  return {
    code: error.code,
    status: IMPORT_JOB_ERROR_STATUS.importInterrupted,
    message: error.text.zh,
    messageEn: error.text.en,
  };
}

/** A job as the API shows it; a job whose process stopped shows as failed, saying so. */
export function presentImportJob(job: ImportJob, now: Date) {
  const stale =
    !FINAL_JOB_STATES.includes(job.state) &&
    now.getTime() - Date.parse(job.updatedAt) > STALE_JOB_MS;
  return {
    id: job.id,
    state: stale ? ('failed' as const) : job.state,
    progress: job.progress,
    fileName: job.fileName,
    size: job.size,
    orgId: job.orgId,
    createdByName: job.createdByName,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    imported: job.imported ? [...job.imported] : null,
    error: stale ? interrupted(job) : job.error,
  };
}
