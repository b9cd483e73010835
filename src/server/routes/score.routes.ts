/** The self-evaluation score (绩效自评, 财预〔2020〕10号) of a project's table with its actuals. */

import { SCORING_PROFILES, scoreTable } from '../../core/scoring/index.js';
import { loadProjectRecords } from '../commands/merged-table.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { scoreQuerySchema, scoreReportSchema } from '../schemas/actuals.schema.js';
import { errors, idParams } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the score route. */
export function scoreRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/projects/:id/score',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['self-evaluation'],
        summary: '自评得分（每项得分附规则与说明） · the self-evaluation score, explained',
        description:
          'Scores the table merged with its actuals (see /actuals/table) by the profile: national (预算执行率 10, 产出 50, 效益 30, 满意度 10), sichuan (10 + 90) or hubei (20 + 80).',
        params: idParams,
        querystring: scoreQuerySchema,
        response: { 200: scoreReportSchema, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const records = await loadProjectRecords(ctx.store.db, actor, request.params.id);
      const profile = SCORING_PROFILES[request.query.profile]!;
      return scoreTable(records.merged, profile, {
        executionReason: records.execution?.reason ?? null,
      });
    },
  );
}
