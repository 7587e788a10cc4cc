import { DomainError } from '../errors/domain-error.js';

/** REST fields are snake_case (docs/features.md, "The Bnder API"): names an error's field the way the client sent it. */
export async function withSnakeCaseFields<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DomainError && error.field) {
      const field = error.field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      if (field !== error.field) {
        // Everything but the field's name stays: code, message, Retry-After and the reason.
        throw new DomainError(
          error.code,
          error.message,
          field,
          error.retryAfterSeconds,
          error.reason,
        );
      }
    }
    throw error;
  }
}
