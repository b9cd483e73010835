/**
 * What the server is built from (`AppDeps`, given by `jixiao serve` or a test) and the
 * resolved settings every route reads (`ServerContext`). No global state: one app, one context.
 */

import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyServerOptions } from 'fastify';
import type { LockoutPolicy } from '../core/policy/login.policy.js';
import { type ReviewOptions, type ReviewResult, review } from '../core/review/index.js';
import type { TargetTable } from '../core/table/target-table.js';
import type { WriteServices } from '../store/mutate.js';
import type { Store } from '../store/store.js';
import {
  resolveSummarySettings,
  type SummarySettings,
} from './commands/project-summary.command.js';
import type { SelfEvaluationOptions } from './commands/self-evaluation-settings.js';
import {
  ImportReader,
  type ImportSettings,
  resolveImportSettings,
} from './imports/import-reader.js';
import { VersionCache } from './version-cache.js';

/** Size limits, in bytes. */
export interface Limits {
  /** Largest uploaded file (default 50 MB, the readers' own default). */
  readonly uploadBytes: number;
  /** Largest JSON body, such as a table saved with PUT (default 20 MB). */
  readonly jsonBytes: number;
}

/** Sign-in protection. */
export interface LoginSettings {
  /** Sign-in attempts per address per window (default 10 a minute). */
  readonly maxPerWindow: number;
  readonly windowMs: number;
  readonly lockout?: LockoutPolicy;
}

/** Everything `buildApp` needs. Only the store is required. */
export interface AppDeps {
  readonly store: Store;
  readonly clock?: () => Date;
  readonly newId?: () => string;
  /** Fastify's logger option: false (tests), true, or pino options. Default: no logs. */
  readonly logger?: FastifyServerOptions['logger'];
  /** A logger instance to use instead (the CLI shares one with its own messages). */
  readonly loggerInstance?: FastifyBaseLogger;
  /**
   * The review of a table; core/review's national profile by default. `options.previous` is
   * last year's table of the same project with its actuals, when the store has one.
   */
  readonly review?: (table: TargetTable, options?: ReviewOptions) => ReviewResult;
  readonly limits?: Partial<Limits>;
  readonly login?: Partial<LoginSettings>;
  /** Hours a sign-in lasts (default 12). */
  readonly sessionHours?: number;
  /** Mark cookies Secure (behind HTTPS). Default false: the embedded server speaks plain HTTP. */
  readonly secureCookies?: boolean;
  /** Folder of the built web app; null to serve none. Default: dist/web of the package. */
  readonly webRoot?: string | null;
  /** Trust X-Forwarded-* from a reverse proxy (for client addresses in rate limits and logs). */
  readonly trustProxy?: boolean;
  /** Memory for table versions kept ready to send, in bytes (default 64 MB). */
  readonly versionCacheBytes?: number;
  /** Evidence folder and size, monitoring profile, survey limits; defaults apply. */
  readonly selfEvaluation?: SelfEvaluationOptions;
  /** From what size uploads are read in worker threads, and how many at most. */
  readonly imports?: Partial<Pick<ImportSettings, 'offThreadBytes' | 'threads'>>;
}

/** The resolved settings routes read. */
export interface ServerContext {
  readonly store: Store;
  readonly services: Required<WriteServices>;
  readonly review: (table: TargetTable, options?: ReviewOptions) => ReviewResult;
  readonly limits: Limits;
  readonly login: LoginSettings;
  readonly sessionHours: number;
  readonly secureCookies: boolean;
  readonly versions: VersionCache;
  /** The profiles of the score and lights stored on each project (lists, the portfolio). */
  readonly summary: SummarySettings;
  /** Reads and reviews uploads, big ones in worker threads (closed with the app). */
  readonly imports: ImportReader;
}

/** Fills in the defaults. */
export function resolveContext(deps: AppDeps): ServerContext {
  const reviewOf =
    deps.review ??
    ((table: TargetTable, options?: ReviewOptions) => review(table, undefined, options));
  return {
    store: deps.store,
    services: { clock: deps.clock ?? (() => new Date()), newId: deps.newId ?? randomUUID },
    review: reviewOf,
    limits: { uploadBytes: 50 * 1024 * 1024, jsonBytes: 20 * 1024 * 1024, ...deps.limits },
    login: { maxPerWindow: 10, windowMs: 60_000, ...deps.login },
    sessionHours: deps.sessionHours ?? 12,
    secureCookies: deps.secureCookies ?? false,
    versions: new VersionCache(deps.versionCacheBytes ?? 64 * 1024 * 1024),
    summary: resolveSummarySettings(deps.selfEvaluation),
    imports: new ImportReader(
      resolveImportSettings(deps.imports, reviewOf, deps.review !== undefined),
    ),
  };
}
