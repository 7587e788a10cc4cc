import { describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { apiErrors, errorMessage } from './graphql-errors';

function httpFailure(status: number, bodyText: string): ServerError {
  return new ServerError('Response not successful', {
    response: new Response(bodyText, { status }),
    bodyText,
  });
}

describe('apiErrors', () => {
  it.each([500, 502, 503])(
    'calls an HTTP %i without a GraphQL body a server problem, not a connection problem',
    (status) => {
      const [error] = apiErrors(httpFailure(status, '<html>Bad gateway</html>'));
      expect(error?.code).toBe('SERVER_ERROR');
      expect(error?.message).toContain(`HTTP ${status}`);
      expect(error?.message).toContain('Your connection is fine');
      expect(error?.message).not.toMatch(/Could not reach/);
    },
  );

  it('keeps the GraphQL errors a failing status carries', () => {
    const body = JSON.stringify({
      errors: [{ message: 'Down for a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });
    expect(apiErrors(httpFailure(503, body))).toEqual([
      { code: 'SERVICE_UNAVAILABLE', message: 'Down for a moment' },
    ]);
  });

  it('calls a request that got no answer a connection problem', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe(
      'Could not reach Bnder. Check your connection and try again.',
    );
  });

  it('hides the text of an internal error', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'stack trace', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(errorMessage(error)).toBe('Something went wrong on our side. Please try again.');
  });
});
