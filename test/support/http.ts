/**
 * HTTP helpers for tests over `app.inject`: a client signed in with a cookie (sending the CSRF
 * token on writes, as the web app does), a bearer client, an anonymous one, and real multipart
 * bodies encoded by the platform's own FormData.
 */

import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A caller of the API. */
export interface Client {
  readonly name: string;
  request(
    method: Method,
    url: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(
    url: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  /** Uploads a file as multipart/form-data. */
  upload(
    url: string,
    file: { readonly name: string; readonly bytes: Uint8Array | string },
    fields?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

/** A multipart body and its content type, encoded by undici's FormData. */
export async function multipart(
  file: { readonly name: string; readonly bytes: Uint8Array | string },
  fields: Record<string, string> = {},
): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
  form.append('file', new Blob([bytes]), file.name);
  const response = new Response(form);
  return {
    body: Buffer.from(await response.arrayBuffer()),
    contentType: response.headers.get('content-type')!,
  };
}

function client(
  app: FastifyInstance,
  name: string,
  baseHeaders: () => Record<string, string>,
  writeHeaders: () => Record<string, string>,
): Client {
  const request: Client['request'] = (method, url, options = {}) => {
    const headers = {
      ...baseHeaders(),
      ...(method === 'GET' ? {} : writeHeaders()),
      ...options.headers,
    };
    const inject: InjectOptions = { method, url, headers };
    if (options.body !== undefined) inject.payload = options.body as InjectOptions['payload'];
    return app.inject(inject);
  };
  return {
    name,
    request,
    get: (url, headers) => request('GET', url, headers ? { headers } : {}),
    post: (url, body) => request('POST', url, { body: body ?? {} }),
    put: (url, body, headers) => request('PUT', url, { body, ...(headers ? { headers } : {}) }),
    upload: async (url, file, fields) => {
      const { body, contentType } = await multipart(file, fields);
      return request('POST', url, { body, headers: { 'content-type': contentType } });
    },
  };
}

/** A caller with no credentials. */
export function anonymous(app: FastifyInstance): Client {
  return client(
    app,
    'anonymous',
    () => ({}),
    () => ({}),
  );
}

/** Signs in with a cookie session; throws (failing the test) if sign-in fails. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<Client & { readonly csrfToken: string; readonly cookie: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/session',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in of ${username} failed: ${response.statusCode} ${response.body}`);
  const session = response.cookies.find((c) => c.name === 'jixiao_session');
  if (!session) throw new Error('sign-in set no session cookie');
  const cookie = `jixiao_session=${session.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    ...client(
      app,
      username,
      () => ({ cookie }),
      () => ({ 'x-csrf-token': csrfToken }),
    ),
    csrfToken,
    cookie,
  };
}

/** Gets a bearer token with a username and password, and a client that uses it. */
export async function withToken(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<Client & { readonly token: string }> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/tokens',
    payload: { username, password },
  });
  if (response.statusCode !== 201)
    throw new Error(`token for ${username} failed: ${response.statusCode} ${response.body}`);
  const token = (response.json() as { token: string }).token;
  return {
    ...client(
      app,
      username,
      () => ({ authorization: `Bearer ${token}` }),
      () => ({}),
    ),
    token,
  };
}
