import { describe, expect, it } from 'vitest';
import {
  GUESSES,
  guessLimitsEnv,
  parallelWrongClientSecrets,
  parallelWrongConfirmations,
  parallelWrongPasswords,
  parallelWrongUserCodes,
} from '../helpers/parallel-guesses.js';
import { useTestServer } from '../helpers/server.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const LIMIT = 10;
const HELD = { wrong: LIMIT, limited: GUESSES - LIMIT, other: [], rightAfterwards: 'limited' };

// With REDIS_URL the counters live in Redis, where one script increments and reads a count.
const first = useTestServer({ ...guessLimitsEnv(LIMIT), REDIS_URL });

describe('guesses sent all at once, counted in Redis', () => {
  it('check at most the limit of passwords for one account', async () => {
    expect(await parallelWrongPasswords([first.url])).toEqual(HELD);
  });

  it('check at most the limit of passwords in sudo confirmations', async () => {
    expect(await parallelWrongConfirmations([first.url])).toEqual(HELD);
  });

  it('check at most the limit of client secrets at the token endpoint', async () => {
    expect(await parallelWrongClientSecrets([first.url], '/oauth/token')).toEqual(HELD);
  });

  it('check at most the limit of user codes through deviceAuthorization', async () => {
    expect(await parallelWrongUserCodes([first.url], 'deviceAuthorization')).toEqual(HELD);
  });
});
