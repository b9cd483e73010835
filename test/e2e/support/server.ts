/**
 * A real jixiao server for browser tests: `buildApp` on a fresh SQLite data folder, serving the
 * built web app (dist/web), listening on a free port. The organisation tree and the accounts are
 * made through the HTTP API itself, as an administrator would.
 */

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../../src/server/app.js';
import type { ZodApp } from '../../../src/server/routes/types.js';
import { locateStore, openStore, type Store } from '../../../src/store/store.js';
import { buildUser } from '../../support/factories.js';

/** Where the built app is (the e2e run builds it first). */
export const WEB_ROOT = join(import.meta.dirname, '..', '..', '..', 'dist', 'web');

export interface RunningServer {
  readonly url: string;
  readonly app: ZodApp;
  readonly store: Store;
  readonly adminPassword: string;
  /** Moves the server's clock forward (sessions expire on the server's time). */
  readonly advanceClock: (ms: number) => void;
  readonly close: () => Promise<void>;
}

/** Starts a server on a new, empty database with one administrator `admin`. */
export async function startServer(
  options: { readonly sessionHours?: number } = {},
): Promise<RunningServer> {
  if (!existsSync(join(WEB_ROOT, 'index.html')))
    throw new Error(
      `the web app is not built: run npx vite build --config src/web/vite.config.ts (${WEB_ROOT})`,
    );
  const dataDir = await mkdtemp(join(tmpdir(), 'jixiao-e2e-'));
  const store = await openStore(locateStore({ dataDir, databaseUrl: '' }));
  const adminPassword = 'admin-password-e2e';
  await buildUser(store, { role: 'admin', org: null, username: 'admin', password: adminPassword });
  let offset = 0;
  const app = await buildApp({
    store,
    clock: () => new Date(Date.now() + offset),
    webRoot: WEB_ROOT,
    // The story signs in many times from one address.
    login: { maxPerWindow: 1000, windowMs: 60_000 },
    ...(options.sessionHours ? { sessionHours: options.sessionHours } : {}),
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    store,
    adminPassword,
    advanceClock: (ms) => {
      offset += ms;
    },
    close: async () => {
      await app.close();
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in API caller over real HTTP (cookie + CSRF token, as the web app does). */
export class ApiClient {
  private constructor(
    readonly base: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  /** Signs in with a user name and password. */
  static async signIn(base: string, username: string, password: string): Promise<ApiClient> {
    const response = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok)
      throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { csrfToken: string };
    const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return new ApiClient(base, cookie, body.csrfToken);
  }

  /** Sends a JSON request and returns the response as it came. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(`${this.base}${path}`, {
      method,
      headers: {
        cookie: this.cookie,
        'x-csrf-token': this.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  /** Posts a multipart form (an import, an evidence file) and returns the parsed answer. */
  async upload<T>(path: string, form: FormData): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: form,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }

  /** Sends a JSON request and returns the parsed answer; throws on a status outside 2xx. */
  async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  }
}

/** The organisations and accounts of the story (财政局 → 科协 → units). */
export interface StoryTree {
  readonly financeId: string;
  readonly departmentId: string;
  readonly unitAId: string;
  readonly unitBId: string;
  readonly password: (username: string) => string;
}

/** Builds 财政局 → 科协 → two units and one user per role, through the API. */
export async function buildStoryTree(server: RunningServer): Promise<StoryTree> {
  const admin = await ApiClient.signIn(server.url, 'admin', server.adminPassword);
  const org = async (name: string, kind: string, parentId: string | null) =>
    (await admin.json<{ id: string }>('POST', '/api/orgs', { name, kind, parentId })).id;
  const financeId = await org('深圳市财政局', 'finance', null);
  const departmentId = await org('深圳市科学技术协会', 'department', financeId);
  const unitAId = await org('深圳市科学技术协会(本级)', 'unit', departmentId);
  const unitBId = await org('深圳市科技馆', 'unit', departmentId);
  const password = (username: string) => `${username}-password`;
  const user = (username: string, role: string, orgId: string, displayName: string) =>
    admin.json('POST', '/api/users', {
      username,
      password: password(username),
      orgId,
      role,
      displayName,
    });
  await user('finance', 'finance-reviewer', financeId, '财政局 王审核');
  await user('kexie', 'department-reviewer', departmentId, '科协 李审核');
  await user('unit-a', 'unit-filer', unitAId, '科协本级 张填报');
  await user('unit-b', 'unit-filer', unitBId, '科技馆 赵填报');
  return { financeId, departmentId, unitAId, unitBId, password };
}
