/**
 * The list of the API's routes, collected as they are registered, with who may call each.
 * Tests walk this list (the authorisation matrix), so a route added later cannot be forgotten.
 */

import type { FastifyInstance, HTTPMethods } from 'fastify';

/** Who may call a route at all; finer rules are the policies in core/policy. */
export type RouteAccess = 'public' | 'signed-in';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every API route states its access; routes without one are refused at registration. */
    readonly access?: RouteAccess;
  }
}

/** One registered API route. */
export interface ApiRoute {
  readonly method: HTTPMethods;
  readonly url: string;
  readonly access: RouteAccess;
}

const registries = new WeakMap<FastifyInstance, ApiRoute[]>();

/** Starts collecting the routes of `app` (call before registering any). */
export function collectRoutes(app: FastifyInstance): void {
  const routes: ApiRoute[] = [];
  registries.set(app, routes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') && route.url !== '/healthz') return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access === undefined)
      throw new Error(`route ${route.url} does not declare config.access (public or signed-in)`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    // HEAD routes are generated from GET ones; they answer like their GET.
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });
}

/** Every API route of `app`, in registration order. */
export function listRoutes(app: FastifyInstance): readonly ApiRoute[] {
  return registries.get(app) ?? [];
}
