/**
 * Every route of the year's records once targets are approved: actuals and scores,
 * evidence, monitoring, rectification, satisfaction surveys with their public questionnaire,
 * and the standard forms. One registration call, so the app lists them in one line.
 */

import {
  resolveSelfEvaluation,
  type SelfEvaluationOptions,
} from '../commands/self-evaluation-settings.js';
import type { ServerContext } from '../context.js';
import { publicSurveyRoutes } from '../survey/public-survey.js';
import { actualsRoutes } from './actuals.routes.js';
import { evidenceRoutes } from './evidence.routes.js';
import { formsRoutes } from './forms.routes.js';
import { monitoringRoutes } from './monitoring.routes.js';
import { rectificationRoutes } from './rectification.routes.js';
import { scoreRoutes } from './score.routes.js';
import { surveyRoutes } from './survey.routes.js';
import type { ZodApp } from './types.js';

/** Registers the routes of actuals, evidence, monitoring, rectification, surveys and forms. */
export async function selfEvaluationRoutes(
  app: ZodApp,
  ctx: ServerContext,
  options?: SelfEvaluationOptions,
): Promise<void> {
  const settings = resolveSelfEvaluation(ctx.store, options);
  actualsRoutes(app, ctx);
  scoreRoutes(app, ctx);
  evidenceRoutes(app, ctx, settings);
  monitoringRoutes(app, ctx, settings);
  rectificationRoutes(app, ctx);
  surveyRoutes(app, ctx);
  formsRoutes(app, ctx, settings);
  await publicSurveyRoutes(app, ctx, settings.survey);
}
