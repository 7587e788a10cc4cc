import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { withSnakeCaseFields } from './rest-fields.js';

const refusal = (error: unknown) =>
  withSnakeCaseFields(() => Promise.reject(error)).then(
    () => null,
    (thrown: unknown) => thrown,
  );

describe('withSnakeCaseFields', () => {
  it('renames a camelCase field and keeps code, message, Retry-After and reason', async () => {
    const thrown = await refusal(
      new DomainError('FORBIDDEN', 'Confirm your password', 'redirectUris', 7, 'SUDO_REQUIRED'),
    );
    expect(thrown).toBeInstanceOf(DomainError);
    expect({ ...(thrown as DomainError), message: (thrown as DomainError).message }).toEqual({
      name: 'DomainError',
      code: 'FORBIDDEN',
      message: 'Confirm your password',
      field: 'redirect_uris',
      retryAfterSeconds: 7,
      reason: 'SUDO_REQUIRED',
    });
  });

  it.each([
    ['a field already in snake case', new DomainError('BAD_USER_INPUT', 'Bad', 'name')],
    ['an error without a field', new DomainError('NOT_FOUND', 'Gone')],
    ['any other error', new Error('boom')],
  ])('passes %s through unchanged', async (_case, error) => {
    expect(await refusal(error)).toBe(error);
  });

  it('returns the action’s result', async () => {
    expect(await withSnakeCaseFields(() => Promise.resolve(42))).toBe(42);
  });
});
