/**
 * The one door to the HTTP API: JSON in and out, the session cookie, the CSRF token on writes,
 * and errors turned into bilingual sentences (`ApiError.text`) a person can read.
 */
import type { Bilingual } from '../../core/messages/index.js';
import { WEB_ERRORS } from '../../core/messages/index.js';

/** An answer of the API that was not a success, with the sentence to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly body: unknown,
  ) {
    super(`${status} ${code}: ${text.en}`);
    this.name = 'ApiError';
  }
}

/** The header the server reads the CSRF token from (fastify csrf-protection's default). */
export const CSRF_HEADER = 'x-csrf-token';

let csrfToken: string | null = null;

/** Remembers the CSRF token the server handed out with the session. */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Calls `listener` whenever a request finds the session gone (401). Returns the unsubscribe. */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

const STATUS_TEXT: Readonly<Record<number, Bilingual>> = {
  400: WEB_ERRORS.badRequest,
  403: WEB_ERRORS.forbidden,
  404: WEB_ERRORS.notFound,
  409: WEB_ERRORS.conflict,
  413: WEB_ERRORS.tooLarge,
  415: WEB_ERRORS.unsupported,
  429: WEB_ERRORS.tooMany,
};

interface ErrorBody {
  readonly error?: {
    readonly code?: string;
    readonly message?: string;
    readonly messageEn?: string;
  };
}

/** Builds the error of a failed response from its body, preferring the server's own words. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const fallback = STATUS_TEXT[status] ?? WEB_ERRORS.server;
  const zh = typeof error?.message === 'string' && error.message !== '' ? error.message : null;
  const en =
    typeof error?.messageEn === 'string' && error.messageEn !== '' ? error.messageEn : null;
  // A server message that is English only (framework validation) is shown after ours in Chinese.
  const text: Bilingual =
    zh && en
      ? { zh, en }
      : zh && /[\u4e00-\u9fff]/.test(zh)
        ? { zh, en: fallback.en }
        : { zh: fallback.zh, en: zh ?? fallback.en };
  return new ApiError(status, error?.code ?? `HTTP_${status}`, text, body);
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  /** A 401 here is an answer, not an expired session (the sign-in form itself). */
  readonly quietUnauthorized?: boolean;
}

async function readBody(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 204) return null;
  if (type.includes('json')) return response.json().catch(() => null);
  return response.text().catch(() => null);
}

/** Sends one request; resolves with the parsed body and the response, or rejects with ApiError. */
export async function send<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<{ data: T; response: Response }> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers[CSRF_HEADER] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK', WEB_ERRORS.network, null);
  }
  const data = await readBody(response);
  if (!response.ok) {
    if (response.status === 401 && !options.quietUnauthorized) {
      for (const listener of expiredListeners) listener();
    }
    throw errorFromResponse(response.status, data);
  }
  return { data: data as T, response };
}

/** GET a JSON resource. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await send<T>('GET', path, { signal })).data;
}

/** The sentence to show for anything thrown while talking to the server. */
export function errorText(error: unknown): Bilingual {
  if (error instanceof ApiError) return error.text;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    zh: WEB_ERRORS.unexpected.zh.replace('{detail}', detail),
    en: WEB_ERRORS.unexpected.en.replace('{detail}', detail),
  };
}

/** Uploads a form with progress (fetch cannot report upload progress; XHR can). */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader(CSRF_HEADER, csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', WEB_ERRORS.network, null));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        if (xhr.status === 401) for (const listener of expiredListeners) listener();
        reject(errorFromResponse(xhr.status, body));
      }
    };
    xhr.send(form);
  });
}
