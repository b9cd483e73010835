/** `jixiao serve`: the HTTP server and the web app, until SIGTERM or SIGINT. */

import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { ADMIN_MESSAGES as M } from '../../core/messages/index.js';
import { startServer } from '../../server/main.js';
import type { CliIO } from '../cli-io.js';
import { type StoreOptions, say, withStoreOptions } from './store-options.js';

/** Options of `jixiao serve`. */
export interface ServeCliOptions extends StoreOptions {
  readonly port?: number;
  readonly host?: string;
  readonly demo?: boolean;
  /** Folder of evidence files (佐证材料); shared by every process of a PostgreSQL deployment. */
  readonly evidence?: string;
}

/** `--evidence`, else JIXIAO_EVIDENCE_DIR, else `evidence` in the data folder. */
function evidenceDir(options: ServeCliOptions): string {
  return resolve(
    options.evidence ?? process.env.JIXIAO_EVIDENCE_DIR ?? join(options.data ?? 'data', 'evidence'),
  );
}

/** What the command waits on to stop; the process by default, an emitter in tests. */
export interface Signals {
  once(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}

/** How long requests in flight get to finish before the process gives up waiting. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Serves until a signal arrives, then stops accepting, lets requests in flight finish and
 * closes the database. Resolves with the exit code.
 */
export async function serveCommand(
  options: ServeCliOptions,
  io: CliIO,
  signals: Signals = process,
): Promise<number> {
  const server = await startServer({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    ...(options.data !== undefined ? { dataDir: options.data } : {}),
    ...(options.databaseUrl !== undefined ? { databaseUrl: options.databaseUrl } : {}),
    demo: options.demo ?? false,
    print: (line) => io.stdout(`${line}\n`),
    app: { selfEvaluation: { evidenceDir: evidenceDir(options) } },
  });
  await new Promise<void>((resolve) => {
    signals.once('SIGTERM', resolve);
    signals.once('SIGINT', resolve);
  });
  say(io, M.stopping);
  const timer = setTimeout(() => {
    io.stderr('shutdown timed out\n');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  timer.unref();
  await server.close();
  clearTimeout(timer);
  return 0;
}

/** Registers `jixiao serve`. */
export function registerServe(program: Command, io: CliIO, setExit: (code: number) => void): void {
  withStoreOptions(
    program
      .command('serve')
      .description('启动服务器与网页端 (start the HTTP server and the web app)')
      .option('--port <n>', '端口，默认 3000 或 PORT (port)', (v) => Number(v))
      .option('--host <address>', '监听地址，默认 127.0.0.1 (address to bind; 0.0.0.0 for all)')
      .option('--demo', '载入演示项目与演示账号 (load the seed as a demo project with demo users)')
      .option(
        '--evidence <dir>',
        '佐证材料目录，默认 JIXIAO_EVIDENCE_DIR 或 <data>/evidence (evidence folder)',
      ),
  ).action(async (options: ServeCliOptions) => {
    setExit(await serveCommand(options, io));
  });
}
