/**
 * The standard forms of a project, from io/forms: the 申报表 (targets), the 监控表 (a monitoring
 * checkpoint) and the 自评表 (the table with its actuals and scores), as a printable XLSX
 * workbook or a print-ready HTML page, named in Chinese (RFC 5987).
 */

import { z } from 'zod';
import type { Actor } from '../../core/policy/actor.js';
import { SCORING_PROFILES, scoreTable } from '../../core/scoring/index.js';
import {
  exportForm,
  type FormKind,
  type FormRequest,
  formTitle,
} from '../../io/forms/export-form.js';
import { contentDisposition, sanitiseFileName } from '../commands/file-name.js';
import { loadProjectRecords } from '../commands/merged-table.js';
import { checkpointId, viewCheckpoint } from '../commands/monitoring.command.js';
import type { SelfEvaluationSettings } from '../commands/self-evaluation-settings.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { errors, idParams } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The HTML view's own policy: its inline styles, no script, nothing fetched. */
const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const formParams = idParams.extend({
  form: z
    .string()
    .regex(/^(target|monitoring|self-evaluation)(\.(xlsx|html))?$/)
    .describe('target | monitoring | self-evaluation, optionally with .xlsx or .html'),
});

const formQuery = z.object({
  format: z.enum(['xlsx', 'html']).optional().describe('default xlsx (or the extension given)'),
  profile: z
    .enum(Object.keys(SCORING_PROFILES) as [string, ...string[]])
    .default('national')
    .describe('scoring profile of the 自评表'),
  checkpoint: z
    .string()
    .max(20)
    .optional()
    .describe('monitoring checkpoint of the 监控表, e.g. 1-7'),
});

/** Builds what `exportForm` needs for the form, and the project's name. */
async function formRequest(
  ctx: ServerContext,
  settings: SelfEvaluationSettings,
  actor: Actor,
  id: string,
  kind: FormKind,
  query: z.infer<typeof formQuery>,
): Promise<{ request: FormRequest; projectName: string }> {
  if (kind === 'monitoring') {
    const checkpoint = query.checkpoint ?? checkpointId(settings.monitoringProfile.checkpoints[0]!);
    const view = await viewCheckpoint(ctx, settings, actor, id, checkpoint);
    return {
      request: { kind, items: [{ table: view.table, report: view.report }] },
      projectName: view.project.name,
    };
  }
  const records = await loadProjectRecords(ctx.store.db, actor, id);
  if (kind === 'target')
    return { request: { kind, tables: [records.table] }, projectName: records.project.name };
  const report = scoreTable(records.merged, SCORING_PROFILES[query.profile]!, {
    executionReason: records.execution?.reason ?? null,
  });
  return {
    request: { kind, items: [{ table: records.merged, report }] },
    projectName: records.project.name,
  };
}

/** Registers the forms route. */
export function formsRoutes(app: ZodApp, ctx: ServerContext, settings: SelfEvaluationSettings) {
  app.get(
    '/api/projects/:id/forms/:form',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '标准表单：申报表、监控表、自评表（XLSX 或打印页） · the standard forms',
        description:
          '`target` is the 项目支出绩效目标申报表, `monitoring` the 绩效监控表 of a checkpoint, `self-evaluation` the 项目支出绩效自评表 with the scores of `profile`. XLSX is an attachment; HTML is a print-ready page.',
        params: formParams,
        querystring: formQuery,
        response: { 200: z.unknown().describe('the form'), ...errors(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const [kind, extension] = request.params.form.split('.') as [FormKind, string | undefined];
      const as = (extension ?? request.query.format ?? 'xlsx') as 'xlsx' | 'html';
      const { request: form, projectName } = await formRequest(
        ctx,
        settings,
        actor,
        request.params.id,
        kind,
        request.query,
      );
      const bytes = await exportForm(form, as);
      const name = sanitiseFileName(`${projectName}-${formTitle(form)}.${as}`, as);
      reply
        .header(
          'content-disposition',
          contentDisposition(as === 'xlsx' ? 'attachment' : 'inline', name),
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store');
      if (as === 'html')
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', HTML_CSP)
          .send(Buffer.from(bytes));
      return reply.type(XLSX).send(Buffer.from(bytes));
    },
  );
}
