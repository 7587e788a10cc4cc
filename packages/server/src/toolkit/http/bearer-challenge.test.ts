import { describe, expect, it } from 'vitest';
import { bearerChallenge } from './bearer-challenge.js';

describe('bearerChallenge', () => {
  it.each([
    [{}, 'Bearer realm="bnder"'],
    [
      { error: 'invalid_token', error_description: 'The access token is invalid' },
      'Bearer error="invalid_token", error_description="The access token is invalid"',
    ],
    [
      { error: 'insufficient_scope', scope: 'read' },
      'Bearer error="insufficient_scope", scope="read"',
    ],
    [
      { error: 'invalid_request', error_description: 'Say "Bearer" \\ then' },
      `Bearer error="invalid_request", error_description="Say 'Bearer' / then"`,
    ],
    [
      { resource_metadata: 'https://bnder.example/.well-known/oauth-protected-resource/graphql' },
      'Bearer realm="bnder", resource_metadata="https://bnder.example/.well-known/oauth-protected-resource/graphql"',
    ],
    [
      { error: 'insufficient_scope', scope: 'write', resource_metadata: 'https://bnder.example/m' },
      'Bearer error="insufficient_scope", scope="write", resource_metadata="https://bnder.example/m"',
    ],
  ])('writes %j as %s', (params, expected) => {
    expect(bearerChallenge(params)).toBe(expected);
  });
});
