/**
 * Serves the built web app at / with a single-page fallback: any GET outside /api that names
 * no file gets index.html, so deep links work. Unknown API routes get the JSON 404.
 */

import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFound } from '../errors.js';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Registers the static files (when `root` holds a built app) and the not-found handler. */
export async function registerWeb(app: FastifyInstance, root: string | null): Promise<void> {
  const hasApp = root !== null && existsSync(join(root, 'index.html'));
  if (hasApp) {
    const assets = join(root, 'assets') + sep;
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      // Assets are named by their content's hash, so a cached one is never stale: the browser
      // need not even ask again. index.html, which names them, is revalidated on every visit.
      setHeaders: (reply, path) => {
        if (path.startsWith(assets)) reply.header('cache-control', IMMUTABLE);
        else if (path.endsWith('index.html')) reply.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      hasApp &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      request.url !== '/healthz';
    if (wantsPage) return reply.type('text/html').sendFile('index.html');
    const error = notFound('route');
    return reply.status(error.statusCode).send(error.body());
  });
}
