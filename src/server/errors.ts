/**
 * Errors of the API: a stable code from the catalogue, its HTTP status and its message in both
 * languages. Every failure a client sees is one of these; a stack trace never leaves the server.
 */

import {
  type Bilingual,
  ENTITY_NAMES,
  type MessageParams,
  READ_MESSAGES,
  type ReadMessageCode,
  render,
  SERVER_MESSAGES,
  type ServerErrorCode,
} from '../core/messages/index.js';

/** The status each catalogue code is sent with. */
export const ERROR_STATUS: Readonly<Record<ServerErrorCode, number>> = {
  invalidRequest: 400,
  unauthenticated: 401,
  badCredentials: 401,
  accountLocked: 423,
  rateLimited: 429,
  csrf: 403,
  forbidden: 403,
  notFound: 404,
  versionConflict: 409,
  preconditionRequired: 428,
  tableLocked: 409,
  transitionNotAllowed: 409,
  commentRequired: 400,
  indicatorOutOfRange: 400,
  usernameTaken: 409,
  orgKindNotAllowed: 400,
  roleNotAllowed: 400,
  weakPassword: 400,
  orgNotUnit: 400,
  multipartRequired: 415,
  payloadTooLarge: 413,
  unsupportedMediaType: 415,
  databaseUnavailable: 503,
  internal: 500,
};

/**
 * The status of reader errors other than 400: too big is 413, not a table format at all is 415.
 * Everything else a reader refuses (damaged, encrypted, no table found) is a bad request.
 */
const READ_ERROR_STATUS: Partial<Record<ReadMessageCode, number>> = {
  tooLarge: 413,
  expandsTooMuch: 413,
  binary: 415,
  zipNotOffice: 415,
  legacyOffice: 415,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly messageEn: string;
    readonly details?: unknown;
  };
}

/** An error to send: thrown by handlers, turned into a response by the error handler. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly text: Bilingual;
  readonly details: unknown;

  constructor(code: string, statusCode: number, text: Bilingual, details?: unknown) {
    super(text.en);
    this.name = 'ApiError';
    this.code = code;
    this.statusCode = statusCode;
    this.text = text;
    this.details = details;
  }

  /** The response body. */
  body(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.text.zh,
        messageEn: this.text.en,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** An error from the server catalogue, with its usual status. */
export function apiError(
  code: ServerErrorCode,
  params: MessageParams = {},
  details?: unknown,
): ApiError {
  return new ApiError(code, ERROR_STATUS[code], render(SERVER_MESSAGES[code], params), details);
}

/** 404 for something the caller may not know exists (or that does not). */
export function notFound(what: keyof typeof ENTITY_NAMES): ApiError {
  const name = ENTITY_NAMES[what];
  return apiError('notFound', { what: name.zh, whatEn: name.en });
}

/** A reader's error (a bad upload), with its status. */
export function readError(code: ReadMessageCode, text: Bilingual): ApiError {
  return new ApiError(code, READ_ERROR_STATUS[code] ?? 400, text);
}

/** The reader's "too large" message, for a file stopped while still uploading. */
export function uploadTooLarge(file: string, limit: number): ApiError {
  return readError('tooLarge', render(READ_MESSAGES.tooLarge, { file, size: `>${limit}`, limit }));
}
