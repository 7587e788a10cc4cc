import { describe, expect, it } from 'vitest';
import { parseLegacyTokenFile } from './legacy-token-file.js';

const good = {
  token: 'old-system-token.ABC123',
  client_id: 'client-1',
  user_email: ' Ann@Example.test ',
  scope: 'notes:write admin',
  expires_at: '2031-01-02T03:04:05Z',
};
const line = (override: Record<string, unknown> = {}) => JSON.stringify({ ...good, ...override });

describe('parseLegacyTokenFile', () => {
  it('reads every line, skipping blank ones and normalizing the email', () => {
    const text = `${line()}\n\n${line({ token: 'second', expires_at: '2031-01-02T03:04:05.123+02:00' })}\n`;
    const { records, problems } = parseLegacyTokenFile(text);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      {
        line: 1,
        token: good.token,
        clientId: 'client-1',
        userEmail: 'ann@example.test',
        scope: 'notes:write admin',
        expiresAt: new Date('2031-01-02T03:04:05Z'),
      },
      expect.objectContaining({ line: 3, token: 'second' }),
    ]);
  });

  it.each([
    ['not JSON', '{"token": ', /not valid JSON/],
    ['an array', '["a"]', /not a JSON object/],
    ['a number field', line({ scope: 3 }), /scope must be a string/],
    ['a missing field', line({ client_id: undefined }), /client_id must be a string/],
    ['an empty token', line({ token: '' }), /token is empty/],
    ['a token with spaces', line({ token: 'a b' }), /cannot carry/],
    ['an unparsable date', line({ expires_at: 'next year' }), /expires_at/],
    ['an impossible date', line({ expires_at: '2031-13-45T00:00:00Z' }), /expires_at/],
    ['a date without a time zone', line({ expires_at: '2031-01-02T03:04:05' }), /expires_at/],
    ['a scope too long to store', line({ scope: 'x'.repeat(256) }), /scope is longer/],
  ])('reports %s with its line number', (_label, bad, message) => {
    const { problems } = parseLegacyTokenFile(`${line()}\n${bad}`);
    expect(problems).toEqual([{ line: 2, message: expect.stringMatching(message) }]);
  });

  it('reports a token repeated in the file without quoting it', () => {
    const { problems } = parseLegacyTokenFile(`${line()}\n${line({ client_id: 'other' })}`);
    expect(problems).toEqual([{ line: 2, message: 'the same token as line 1' }]);
    expect(JSON.stringify(problems)).not.toContain(good.token);
  });
});
