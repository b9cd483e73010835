/**
 * `buildApp(deps)`: the whole HTTP server as a Fastify instance that does not listen yet —
 * tests call it with `inject`, `main.ts` listens. Handlers are thin: authenticate → validate →
 * load → authorise (core/policy) → command → present.
 */

import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AppDeps, resolveContext } from './context.js';
import { apiError } from './errors.js';
import { defaultWebRoot } from './paths.js';
import { registerAuth } from './plugins/auth.js';
import { registerErrorHandling } from './plugins/errors.js';
import { registerWeb } from './plugins/web.js';
import { collectRoutes } from './route-registry.js';
import { assignmentRoutes } from './routes/assignment.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { importRoutes } from './routes/import.routes.js';
import { orgRoutes } from './routes/org.routes.js';
import { portfolioRoutes } from './routes/portfolio.routes.js';
import { projectRoutes } from './routes/project.routes.js';
import { publicRoutes } from './routes/public.routes.js';
import { selfEvaluationRoutes } from './routes/self-evaluation.routes.js';
import { sessionRoutes } from './routes/session.routes.js';
import { tableRoutes } from './routes/table.routes.js';
import type { ZodApp } from './routes/types.js';
import { userRoutes } from './routes/user.routes.js';
import { workflowRoutes } from './routes/workflow.routes.js';

/** The version the OpenAPI document states. */
export const API_VERSION = '0.1.0';

/** Builds the server on `deps.store`. The caller closes the app; the store stays theirs. */
export async function buildApp(deps: AppDeps): Promise<ZodApp> {
  const ctx = resolveContext(deps);
  const app = Fastify({
    ...(deps.loggerInstance
      ? { loggerInstance: deps.loggerInstance }
      : { logger: deps.logger ?? false }),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: ctx.limits.jsonBytes,
    genReqId: () => randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  collectRoutes(app);
  registerErrorHandling(app, ctx.limits);

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'jixiao API',
        description: '绩效目标表系统的 HTTP 接口 · the HTTP API of jixiao (DESIGN.md)',
        version: API_VERSION,
      },
      components: {
        securitySchemes: {
          cookie: { type: 'apiKey', in: 'cookie', name: 'jixiao_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ cookie: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifyHelmet, {
    global: true,
    // Offices often serve jixiao over plain HTTP on a LAN address; there the default
    // upgrade-insecure-requests would send the app's own scripts and API calls to https and
    // break the page. A TLS-terminating proxy in front can add it back.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      apiError('rateLimited', { seconds: Math.ceil(context.ttl / 1000) }),
  });
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ctx.limits.uploadBytes,
      files: 1,
      fields: 10,
      fieldSize: 10_000,
      parts: 12,
    },
  });
  registerAuth(app, ctx);

  healthRoutes(app, ctx);
  sessionRoutes(app, ctx);
  orgRoutes(app, ctx);
  userRoutes(app, ctx);
  projectRoutes(app, ctx);
  portfolioRoutes(app, ctx);
  tableRoutes(app, ctx);
  importRoutes(app, ctx);
  workflowRoutes(app, ctx);
  assignmentRoutes(app, ctx);
  publicRoutes(app, ctx);
  await selfEvaluationRoutes(app, ctx, deps.selfEvaluation);
  app.get(
    '/api/openapi.json',
    {
      config: { access: 'public' },
      schema: { hide: true, response: { 200: z.unknown() } },
    },
    async () => app.swagger(),
  );

  await registerWeb(app, deps.webRoot === undefined ? defaultWebRoot() : deps.webRoot);
  return app;
}
