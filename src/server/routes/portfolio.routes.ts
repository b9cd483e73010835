/**
 * `GET /api/portfolio`: the 工作台 charts of a reviewer (or a unit) over every project it may
 * see — by state, findings by category and severity, grades, monitoring lights, and a rollup
 * per organisation — in a fixed number of queries however many projects there are.
 */

import { readPortfolio } from '../../store/repositories/portfolio.repository.js';
import { visibleTo } from '../../store/repositories/project.repository.js';
import type { ServerContext } from '../context.js';
import { requireActor } from '../plugins/auth.js';
import { presentPortfolio } from '../presenters/portfolio.presenter.js';
import { errors } from '../schemas/common.schema.js';
import { portfolioQuerySchema, portfolioSchema } from '../schemas/portfolio.schema.js';
import type { ZodApp } from './types.js';

/** Registers the portfolio route. */
export function portfolioRoutes(app: ZodApp, ctx: ServerContext): void {
  app.get(
    '/api/portfolio',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['projects'],
        summary: '项目总览（工作台图表） · the portfolio of the projects the caller may see',
        description:
          'Over exactly the projects `GET /api/projects` lists for the caller with the same `year` and `orgId`: projects by state, findings of the current versions by category and severity, grades of complete self-evaluations, lights of the latest filed monitoring checkpoint, and per organisation the projects, their total amount (exact) and mean score.',
        querystring: portfolioQuerySchema,
        response: { 200: portfolioSchema, ...errors(400, 401) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const facts = await readPortfolio(ctx.store.db, {
        // The list's own filter, so an evaluator counts its assigned projects only.
        ...visibleTo(actor),
        ...request.query,
      });
      return presentPortfolio(facts, request.query);
    },
  );
}
