/**
 * `GET /api/imports/jobs/:id`: an import running in the background — its state and progress,
 * and once it ends the projects it stored or the reader's bilingual error. A job is seen by
 * whoever may see a draft of its unit; anyone else gets 404, as for a job that never existed.
 */

import { IMPORT_JOB_ENTITIES } from '../../core/messages/index.js';
import { canViewImportJob } from '../../core/policy/import-job.policy.js';
import { findImportJob } from '../../store/repositories/import-job.repository.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import { presentImportJob } from '../presenters/import-job.presenter.js';
import { errors } from '../schemas/common.schema.js';
import { importJobParams, importJobSchema } from '../schemas/import-job.schema.js';
import type { ZodApp } from './types.js';

/** Registers the import-job route. */
export function importJobRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/imports/jobs/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '后台导入任务的进度与结果 · an import running in the background',
        description:
          'Poll after `POST /api/imports?async=1`: `state` goes queued → reading → reviewing → storing → done (with `imported`), or failed (with `error`, the reader’s bilingual message). A job whose server stopped meanwhile shows as failed with `importInterrupted`.',
        params: importJobParams,
        response: { 200: importJobSchema, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const job = await findImportJob(ctx.store.db, request.params.id);
      if (!job || !canViewImportJob(actor, job)) {
        const name = IMPORT_JOB_ENTITIES.importJob;
        throw apiError('notFound', { what: name.zh, whatEn: name.en });
      }
      return presentImportJob(job, ctx.services.clock());
    },
  );
}
