import type { ErrorCode } from '@bnder/shared';

/** Why a code was given, where a client acts on it (e.g. asks for the password, then retries). */
export type DomainErrorReason = 'SUDO_REQUIRED';

/**
 * An expected failure of a domain action, with a code mapped exhaustively to GraphQL and REST.
 * `field` names the input the message belongs to, so forms can show it in place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly retryAfterSeconds?: number,
    readonly reason?: DomainErrorReason,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found`);
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Sign in to continue');
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const badInput = (message: string, field?: string) =>
  new DomainError('BAD_USER_INPUT', message, field);
export const tooManyRequests = (retryAfterSeconds: number) =>
  new DomainError(
    'TOO_MANY_REQUESTS',
    'Too many attempts; try again later',
    undefined,
    retryAfterSeconds,
  );

/** HTTP status for each code (REST adapters). Exhaustive: a new code fails to compile here. */
export function httpStatusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_USER_INPUT':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'TOO_MANY_REQUESTS':
      return 429;
  }
}
