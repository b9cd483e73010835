/**
 * An app on the suite's database whose store counts the queries it runs, and a way to count
 * those of one request: for tests that a route's queries stay the same however much data
 * there is.
 */

import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import type { ZodApp } from '../../src/server/routes/types.js';
import type { Store } from '../../src/store/store.js';
import type { DatabaseContext } from './db.js';
import type { Client } from './http.js';

export interface CountingApp {
  readonly store: Store;
  readonly app: ZodApp;
  /** The queries one GET of `url` ran; the answer must be 200. */
  measure(client: Client, url: string): Promise<number>;
}

/** Opens the store and the app in beforeAll and closes the app in afterAll. */
export function countingApp(ctx: DatabaseContext): CountingApp {
  let store: Store | undefined;
  let app: ZodApp | undefined;
  let queries = 0;
  beforeAll(async () => {
    store = await ctx.open({
      log: (event) => {
        if (event.level === 'query') queries += 1;
      },
    });
    app = await buildApp({ store, webRoot: null });
  });
  afterAll(() => app?.close());
  return {
    get store() {
      if (!store) throw new Error('the store is opened in beforeAll');
      return store;
    },
    get app() {
      if (!app) throw new Error('the app is built in beforeAll');
      return app;
    },
    async measure(client, url) {
      queries = 0;
      const response = await client.get(url);
      expect(response.statusCode, response.body).toBe(200);
      return queries;
    },
  };
}
