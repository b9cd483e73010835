/** `/healthz`: 200 only while the database answers, for load balancers and supervisors. */

import { z } from 'zod';
import { ping } from '../../store/store.js';
import type { ServerContext } from '../context.js';
import { apiError } from '../errors.js';
import { errors } from '../schemas/common.schema.js';
import type { ZodApp } from './types.js';

/** Registers the health route. */
export function healthRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: '健康检查 · the server and its database answer',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
          ...errors(503),
        },
      },
    },
    async () => {
      if (!(await ping(ctx.store.db))) throw apiError('databaseUnavailable');
      return { status: 'ok' as const, database: ctx.store.location.kind };
    },
  );
}
