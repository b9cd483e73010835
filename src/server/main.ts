/**
 * Starting and stopping the server: open the database (migrating it), make sure an
 * administrator exists, optionally load the demo, listen, and on a signal stop accepting,
 * finish the requests in flight and close the database.
 */

import type { FastifyServerOptions } from 'fastify';
import { ADMIN_MESSAGES as M, type MessageParams, render } from '../core/messages/index.js';
import { review } from '../core/review/index.js';
import { locateStore, openStore, type Store } from '../store/store.js';
import { buildApp } from './app.js';
import { ensureAdministrator } from './bootstrap.js';
import type { AppDeps } from './context.js';
import { loadDemo } from './demo/demo.js';
import type { ZodApp } from './routes/types.js';

/** How to start. */
export interface ServeOptions {
  readonly port?: number;
  /** Address to bind (default 127.0.0.1; 0.0.0.0 to accept other machines). */
  readonly host?: string;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly demo?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where to print what a person must see (the generated password, demo accounts). */
  readonly print?: (line: string) => void;
  /** Fastify's logger option; structured JSON logs on stdout by default. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Anything else for `buildApp` (limits, web root…). */
  readonly app?: Omit<AppDeps, 'store' | 'logger'>;
}

/** A running server. */
export interface RunningServer {
  readonly app: ZodApp;
  readonly store: Store;
  readonly url: string;
  /** Stops accepting, waits for requests in flight, closes the database. */
  close(): Promise<void>;
}

/** The default logs: JSON lines, secrets redacted. */
export function defaultLogger(level = 'info'): FastifyServerOptions['logger'] {
  return {
    level,
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  };
}

/** Starts the server and resolves once it listens. */
export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const env = options.env ?? process.env;
  const print = options.print ?? ((line: string) => process.stdout.write(`${line}\n`));
  const say = (message: { zh: string; en: string }, params: MessageParams = {}) => {
    const text = render(message, params);
    print(`${text.zh}\n${text.en}`);
  };
  const store = await openStore(
    locateStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl, env }),
  );
  try {
    const admin = await ensureAdministrator(store, env);
    if (admin.kind === 'created')
      say(admin.generatedPassword === null ? M.adminFromEnv : M.adminCreated, {
        username: admin.username,
        password: admin.generatedPassword,
      });
    if (options.demo) {
      const demo = await loadDemo(store, {}, (table, options) => review(table, undefined, options));
      say(M.demoLoaded, { project: demo.project.name, indicators: demo.project.indicatorCount });
      for (const account of demo.accounts) say(M.demoAccount, { ...account });
    }
    const app = await buildApp({
      ...options.app,
      store,
      logger: options.logger ?? defaultLogger(env.LOG_LEVEL),
    });
    const url = await app.listen({
      port: options.port ?? Number(env.PORT ?? 3000),
      host: options.host ?? env.HOST ?? '127.0.0.1',
    });
    say(M.listening, { url, database: store.location.kind });
    return {
      app,
      store,
      url,
      close: async () => {
        await app.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
