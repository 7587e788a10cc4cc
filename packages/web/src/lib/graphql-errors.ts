import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldErrors } from '@bnder/shared';

export interface ApiError {
  code: string;
  message: string;
  field?: string;
  /** Why the code was given, where the UI acts on it (`SUDO_REQUIRED`: ask for the password). */
  reason?: string;
}

const NETWORK_MESSAGE = 'Could not reach Bnder. Check your connection and try again.';
const INTERNAL_MESSAGE = 'Something went wrong on our side. Please try again.';

/** Bnder answered, with an HTTP error and no GraphQL body: a server problem, not the network. */
function serverFailure(status: number): ApiError {
  return {
    code: 'SERVER_ERROR',
    message:
      status >= 500
        ? `Bnder had a problem answering (HTTP ${status}). Your connection is fine; try again in a moment.`
        : `Bnder refused the request (HTTP ${status}). Reload the page and try again.`,
  };
}

function fromFormatted(error: GraphQLFormattedError): ApiError {
  const code = error.extensions?.code;
  const field = error.extensions?.field;
  const reason = error.extensions?.reason;
  const known = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  return {
    code: known,
    message: known === 'INTERNAL_SERVER_ERROR' ? INTERNAL_MESSAGE : error.message,
    ...(typeof field === 'string' ? { field } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

/** A server may answer an error with a non-2xx status; its body still holds GraphQL errors. */
function fromServerBody(bodyText: string): ApiError[] {
  try {
    const body: unknown = JSON.parse(bodyText);
    if (body && typeof body === 'object' && 'errors' in body && Array.isArray(body.errors)) {
      return (body.errors as GraphQLFormattedError[]).map(fromFormatted);
    }
  } catch {
    // not JSON: fall through to the network message
  }
  return [];
}

/** Turns whatever Apollo Client throws into errors the UI can show. */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(fromFormatted);
  if (ServerError.is(error)) {
    const parsed = fromServerBody(error.bodyText);
    return parsed.length > 0 ? parsed : [serverFailure(error.statusCode)];
  }
  if (ServerParseError.is(error)) return [serverFailure(error.statusCode)];
  return [{ code: 'NETWORK', message: NETWORK_MESSAGE }];
}

export function errorCode(error: unknown): string | undefined {
  return error ? apiErrors(error)[0]?.code : undefined;
}

export function errorMessage(error: unknown): string {
  return apiErrors(error)[0]?.message ?? NETWORK_MESSAGE;
}

export interface SplitErrors {
  fieldErrors: FieldErrors;
  formError: string | null;
}

/**
 * Puts each server error next to the field it names (`redirectUris.2` belongs to the
 * `redirectUris` field) and everything else in one form-level message.
 */
export function splitServerErrors(error: unknown, fields: readonly string[]): SplitErrors {
  const fieldErrors: FieldErrors = {};
  const formMessages: string[] = [];
  for (const e of apiErrors(error)) {
    const root = e.field?.split('.')[0];
    if (e.field && root && fields.includes(root)) fieldErrors[e.field] ??= e.message;
    else formMessages.push(e.message);
  }
  return { fieldErrors, formError: formMessages.length > 0 ? formMessages.join(' ') : null };
}
