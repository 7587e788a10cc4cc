import { describe, expect, it } from 'vitest';
import {
  CLIENT_AUTH_ENDPOINTS,
  GUESSES,
  USER_CODE_OPERATIONS,
  guessLimitsEnv,
  parallelWrongClientSecrets,
  parallelWrongConfirmations,
  parallelWrongPasswords,
  parallelWrongUserCodes,
} from '../helpers/parallel-guesses.js';
import { useTestServer } from '../helpers/server.js';

// Each guess takes its slot before the secret is checked, so of many sent at once no more than
// the limit are checked (SQLite here; MariaDB in the MariaDB pass).
const LIMIT = 10;
const HELD = { wrong: LIMIT, limited: GUESSES - LIMIT, other: [], rightAfterwards: 'limited' };

const server = useTestServer(guessLimitsEnv(LIMIT));

describe('guesses sent all at once', () => {
  it('check at most the limit of passwords for one account at sign-in', async () => {
    expect(await parallelWrongPasswords([server.url])).toEqual(HELD);
  });

  it('check at most the limit of passwords in sudo confirmations', async () => {
    expect(await parallelWrongConfirmations([server.url])).toEqual(HELD);
  });

  it.each(Object.keys(CLIENT_AUTH_ENDPOINTS))(
    'check at most the limit of client secrets at %s',
    async (path) => {
      expect(await parallelWrongClientSecrets([server.url], path)).toEqual(HELD);
    },
  );

  it('answer at most the limit of client authentications without the secret', async () => {
    expect(await parallelWrongClientSecrets([server.url], '/oauth/token', 'none')).toEqual(HELD);
  });

  it.each(Object.keys(USER_CODE_OPERATIONS))(
    'check at most the limit of user codes through %s',
    async (operation) => {
      expect(await parallelWrongUserCodes([server.url], operation)).toEqual(HELD);
    },
  );
});
