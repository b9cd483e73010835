/**
 * `POST /api/imports`: a file of any format the readers understand (multipart field `file`,
 * optional `orgId` and `year`) becomes a draft project with its review findings. `?dryRun=1`
 * answers what would be stored and stores nothing; `?async=1` answers 202 with a job at once
 * and imports in the background (`GET /api/imports/jobs/:id`). Big files are read and reviewed
 * in worker threads either way; the transaction that stores them stays on this thread.
 */

import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../core/policy/actor.js';
import { canViewOrg } from '../../core/policy/org.policy.js';
import { canCreateProjectIn } from '../../core/policy/project.policy.js';
import { findImportJob } from '../../store/repositories/import-job.repository.js';
import { findOrg, type Org } from '../../store/repositories/org.repository.js';
import { auditActor } from '../commands/actor.js';
import { storeImport } from '../commands/import.command.js';
import type { ServerContext } from '../context.js';
import { apiError, notFound, uploadTooLarge } from '../errors.js';
import { ImportJobs, importJobError } from '../imports/import-jobs.js';
import { requireActor } from '../plugins/auth.js';
import { presentImportJob } from '../presenters/import-job.presenter.js';
import { presentProject } from '../presenters/project.presenter.js';
import { errors } from '../schemas/common.schema.js';
import { importJobSchema } from '../schemas/import-job.schema.js';
import { importPreviewSchema, importQuerySchema, importSchema } from '../schemas/project.schema.js';
import { importJobRoutes } from './import-job.routes.js';
import type { ZodApp } from './types.js';

const fieldsSchema = z.object({
  orgId: z.string().trim().min(1).max(100).optional(),
  year: z.coerce.number().int().min(1990).max(2199).optional(),
});

/** Registers the import routes; closing the app waits for background imports, then the pool. */
export function importRoutes(app: ZodApp, ctx: ServerContext): void {
  const jobs = new ImportJobs(ctx, app.log);
  app.addHook('onClose', async () => {
    await jobs.drain();
    await ctx.imports.close();
  });
  importJobRoutes(app, ctx);
  app.post(
    '/api/imports',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '导入目标表文件 · import a table file as a draft project',
        description:
          "multipart/form-data with `file` (text, CSV, XLSX, DOCX, PDF, HTML or interchange JSON), optional `orgId` (a unit; default the caller's) and `year` (for a table that states none). A file the readers refuse answers 400, 413 or 415 with their bilingual message, and nothing is stored.",
        consumes: ['multipart/form-data'],
        querystring: importQuerySchema,
        response: {
          200: importPreviewSchema,
          201: importSchema,
          202: z.object({ job: importJobSchema }),
          ...errors(400, 401, 403, 404, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      // Refuse roles that never import before reading a byte of the upload.
      if (actor.role !== 'unit-filer' && actor.role !== 'admin') throw apiError('forbidden');
      if (request.query.async && request.query.dryRun) throw importJobError('asyncDryRun');
      if (!request.isMultipart()) throw apiError('multipartRequired');
      const upload = await readUpload(request, ctx.limits.uploadBytes);
      const org = await targetOrg(ctx, actor, upload.fields.orgId);
      if (request.query.async) {
        const id = await jobs.start(actor, org, {
          fileName: upload.fileName,
          bytes: upload.bytes,
          year: upload.fields.year,
        });
        const job = (await findImportJob(ctx.store.db, id))!;
        return reply
          .status(202)
          .header('location', `/api/imports/jobs/${id}`)
          .send({ job: presentImportJob(job, ctx.services.clock()) });
      }
      request.log.info({ file: upload.fileName, bytes: upload.bytes.length }, 'import.read');
      const reviewed = await ctx.imports.read(upload.bytes, {
        fileName: upload.fileName,
        maxBytes: ctx.limits.uploadBytes,
        year: upload.fields.year,
      });
      request.log.info({ file: upload.fileName, tables: reviewed.length }, 'import.reviewed');
      if (request.query.dryRun)
        return reply.status(200).send({
          dryRun: true as const,
          orgId: org.id,
          tables: reviewed.map((r) => ({
            table: r.table,
            findings: [...r.findings],
            summary: r.summary,
          })),
        });
      // Logged on both sides of the one transaction, so operators see how long storing takes.
      request.log.info({ file: upload.fileName, tables: reviewed.length }, 'import.store');
      const started = performance.now();
      const stored = await storeImport(
        ctx.store.db,
        auditActor(actor),
        ctx.services,
        org,
        reviewed,
        { source: 'import', note: upload.fileName, review: ctx.review },
      );
      request.log.info(
        { file: upload.fileName, ms: Math.round(performance.now() - started) },
        'import.stored',
      );
      const first = stored[0]!;
      return reply.status(201).send({
        project: presentProject(first.project, actor),
        version: first.version.number,
        table: first.reviewed.table,
        findings: [...first.reviewed.findings],
        summary: first.reviewed.summary,
        imported: stored.map((s) => ({
          project: presentProject(s.project, actor),
          version: s.version.number,
          summary: s.reviewed.summary,
        })),
      });
    },
  );
}

interface Upload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly fields: z.infer<typeof fieldsSchema>;
}

/** Reads the multipart body: one `file`, and the text fields. */
async function readUpload(request: FastifyRequest, limit: number): Promise<Upload> {
  let file: { name: string; bytes: Uint8Array } | null = null;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file' || file !== null) {
      part.file.resume(); // drain parts we do not use
      continue;
    }
    file = { name: part.filename || 'upload', bytes: await bufferOf(part, limit) };
  }
  if (file === null) throw apiError('multipartRequired');
  const parsed = fieldsSchema.safeParse(fields);
  if (!parsed.success)
    throw apiError('invalidRequest', {
      detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    });
  return { fileName: file.name, bytes: file.bytes, fields: parsed.data };
}

async function bufferOf(part: MultipartFile, limit: number): Promise<Uint8Array> {
  try {
    return new Uint8Array(await part.toBuffer());
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw uploadTooLarge(part.filename || 'upload', limit);
    throw error;
  }
}

/** The unit the table goes to: `orgId`, or the caller's own organisation. */
async function targetOrg(
  ctx: ServerContext,
  actor: Actor,
  orgId: string | undefined,
): Promise<Org> {
  const id = orgId ?? actor.orgId;
  if (id === null) throw apiError('orgNotUnit');
  const org = await findOrg(ctx.store.db, id);
  if (!org || !canViewOrg(actor, org)) throw notFound('org');
  if (org.kind !== 'unit') throw apiError('orgNotUnit');
  if (!canCreateProjectIn(actor, org)) throw apiError('forbidden');
  return org;
}
