/**
 * Evidence files (佐证材料) per indicator: upload (multipart `file`), list, download and
 * delete. Types are checked from the bytes; downloads are attachments that browsers must not
 * sniff or render (a PDF or an image may be previewed inline, sandboxed); every upload and
 * delete is audited.
 */

import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  openEvidence,
  prepareUpload,
  removeEvidence,
  storeEvidence,
} from '../commands/evidence.command.js';
import { evidenceHeaders } from '../commands/evidence-headers.js';
import { loadProjectRecords } from '../commands/merged-table.js';
import { recordsError } from '../commands/self-evaluation-errors.js';
import type { SelfEvaluationSettings } from '../commands/self-evaluation-settings.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { requireActor } from '../plugins/auth.js';
import { presentEvidence } from '../presenters/records.presenter.js';
import {
  evidenceParams,
  evidenceQuerySchema,
  evidenceSchema,
  indicatorParams,
} from '../schemas/actuals.schema.js';
import { errors, idParams } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** "20 MB" */
const megabytes = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** Reads the one `file` part, stopping at the evidence size limit (413). */
async function readFilePart(
  request: FastifyRequest,
  limit: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  if (!request.isMultipart()) throw apiError('multipartRequired');
  let found: { fileName: string; bytes: Uint8Array } | null = null;
  for await (const part of request.parts({ limits: { fileSize: limit, files: 1 } })) {
    if (part.type === 'field') continue;
    if (part.fieldname !== 'file' || found !== null) {
      part.file.resume();
      continue;
    }
    found = { fileName: part.filename || 'evidence', bytes: await bufferOf(part, limit) };
  }
  if (found === null) throw apiError('multipartRequired');
  return found;
}

async function bufferOf(part: MultipartFile, limit: number): Promise<Uint8Array> {
  try {
    return new Uint8Array(await part.toBuffer());
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw recordsError('evidenceTooLarge', {
        file: part.filename || 'evidence',
        limit: megabytes(limit),
      });
    throw error;
  }
}

/** Registers the evidence routes. */
export function evidenceRoutes(
  app: ZodApp,
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
): void {
  const list = z.object({ items: z.array(evidenceSchema) });

  app.get(
    '/api/projects/:id/evidence',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '项目的全部佐证材料 · every evidence file of the project',
        params: idParams,
        response: { 200: list, ...errors(401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const records = await loadProjectRecords(ctx.store.db, actor, request.params.id);
      return {
        items: records.evidence.flatMap((files, k) => files.map((e) => presentEvidence(e, k))),
      };
    },
  );

  app.get(
    '/api/projects/:id/indicators/:index/evidence',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '一条指标的佐证材料 · evidence files of one indicator',
        params: indicatorParams,
        response: { 200: list, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const records = await loadProjectRecords(ctx.store.db, actor, request.params.id);
      const { index } = request.params;
      if (index >= records.table.indicators.length)
        throw apiError('indicatorOutOfRange', { index, count: records.table.indicators.length });
      return { items: (records.evidence[index] ?? []).map((e) => presentEvidence(e, index)) };
    },
  );

  app.post(
    '/api/projects/:id/indicators/:index/evidence',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '上传佐证材料 · upload an evidence file',
        description: `multipart/form-data with one \`file\`. The type is read from the bytes: PDF, PNG, JPEG, GIF, WebP, XLSX, DOCX, PPTX, plain text or CSV; anything else (programs, HTML, SVG, zips that are not Office, files with macros) answers 415, a file over the limit (default ${megabytes(settings.evidenceBytes)}) 413, and nothing is stored.`,
        consumes: ['multipart/form-data'],
        params: indicatorParams,
        response: {
          201: z.object({ evidence: evidenceSchema }),
          ...errors(400, 401, 403, 404, 409, 413, 415, 503),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, index } = request.params;
      // Refuse callers who may not attach anything before reading a byte of the upload.
      const target = await prepareUpload(ctx, settings, actor, id, index);
      const upload = await readFilePart(request, settings.evidenceBytes);
      const evidence = await storeEvidence(ctx, settings, actor, target, upload);
      return reply.status(201).send({ evidence: presentEvidence(evidence, index) });
    },
  );

  app.get(
    '/api/projects/:id/indicators/:index/evidence/:evidenceId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '下载或预览佐证材料 · download or preview an evidence file',
        description:
          'Sent as an attachment with its type from the bytes, `X-Content-Type-Options: nosniff` and the name as RFC 5987 `filename*`. With `inline=1`, a PDF or a raster image (PNG, JPEG, GIF, WebP) is sent `inline` for a preview in the app (sandboxed, framable by the app only); other types stay attachments. Authorised exactly like the download.',
        params: evidenceParams,
        querystring: evidenceQuerySchema,
        response: { 200: z.unknown().describe('the file'), ...errors(400, 401, 404, 500, 503) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, index, evidenceId } = request.params;
      const { evidence, stream } = await openEvidence(ctx, settings, actor, id, index, evidenceId);
      return reply.headers(evidenceHeaders(evidence, request.query.inline)).send(stream);
    },
  );

  app.delete(
    '/api/projects/:id/indicators/:index/evidence/:evidenceId',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '删除佐证材料（审计留痕） · delete an evidence file (audited)',
        params: evidenceParams,
        response: {
          204: z.null().describe('deleted'),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { id, index, evidenceId } = request.params;
      await removeEvidence(ctx, actor, id, index, evidenceId);
      return reply.status(204).send(null);
    },
  );
}
