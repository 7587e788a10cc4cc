import type { JsonOf } from './reply-types.js';

/**
 * Every `error` code the REST API answers with, in the body RFC 6749 §5.2 shapes:
 * RFC 6750 §3.1's three for the bearer check, and the product's own.
 */
export const REST_ERRORS = [
  'invalid_request',
  'invalid_token',
  'insufficient_scope',
  'unauthenticated',
  'forbidden',
  'sudo_required',
  'not_found',
  'too_many_requests',
  'temporarily_unavailable',
  'server_error',
] as const;
export type RestError = (typeof REST_ERRORS)[number];

/** The one error schema of the OpenAPI document; every error response refers to it. */
export const errorSchema = {
  $id: 'Error',
  type: 'object',
  description: 'An error, in the shape of RFC 6749 §5.2',
  properties: {
    error: { type: 'string', enum: REST_ERRORS, description: 'What went wrong, as a code' },
    error_description: { type: 'string', description: 'What went wrong, for a developer' },
    field: { type: 'string', description: 'The request field at fault, where there is one' },
  },
  required: ['error', 'error_description'],
} as const;

/** An error body, derived from its schema. */
export type RestErrorBody = JsonOf<typeof errorSchema>;
