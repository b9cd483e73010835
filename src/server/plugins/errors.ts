/**
 * Turns every failure into `{ error: { code, message, messageEn } }` with the right status:
 * our own ApiErrors, schema validation, Fastify's and plugins' errors, and anything unexpected
 * (logged with its stack, answered with an id only).
 */

import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Limits } from '../context.js';
import { ApiError, apiError } from '../errors.js';

/** Installs the error handler. */
export function registerErrorHandling(app: FastifyInstance, limits: Limits): void {
  app.setErrorHandler((error, request, reply) => {
    const api = toApiError(error as FastifyError, request.id, limits);
    if (api.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: api.code, status: api.statusCode }, 'request refused');
    return reply.status(api.statusCode).send(api.body());
  });
}

function toApiError(error: FastifyError, requestId: string, limits: Limits): ApiError {
  if (error instanceof ApiError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issue = error.validation[0];
    const where = issue?.instancePath ? `${issue.instancePath} ` : '';
    const detail = `${error.validationContext ?? 'request'} ${where}${issue?.message ?? ''}`.trim();
    return apiError(
      'invalidRequest',
      { detail },
      error.validation.slice(0, 20).map((v) => ({
        path: v.instancePath,
        message: v.message,
      })),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return apiError('payloadTooLarge', { limit: limits.jsonBytes });
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return apiError('payloadTooLarge', { limit: limits.uploadBytes });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return apiError('unsupportedMediaType', { type: 'request' });
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  // Fastify's own 4xx (malformed JSON, bad content length…): the client's mistake, said plainly.
  if (status >= 400 && status < 500)
    return new ApiError(
      'invalidRequest',
      status,
      apiError('invalidRequest', { detail: error.message }).text,
    );
  return apiError('internal', { id: requestId });
}
