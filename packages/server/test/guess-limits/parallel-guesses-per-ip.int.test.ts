import { describe, expect, it } from 'vitest';
import {
  GUESSES,
  parallelSprayedPasswords,
  parallelWrongCodesSignedOut,
  perIpLimitsEnv,
} from '../helpers/parallel-guesses.js';
import { useTestServer } from '../helpers/server.js';

// The per-IP limits take their slots the same way: many accounts or codes at once from one
// address are checked no more often than the limit.
const LIMIT = 10;
const HELD = { wrong: LIMIT, limited: GUESSES - LIMIT, other: [], rightAfterwards: 'limited' };

const server = useTestServer(perIpLimitsEnv(LIMIT));

describe('guesses from one IP sent all at once', () => {
  it('check at most the per-IP limit of passwords across accounts', async () => {
    expect(await parallelSprayedPasswords([server.url])).toEqual(HELD);
  });

  it('look up at most the per-IP limit of user codes on the signed-out sign-in page', async () => {
    expect(await parallelWrongCodesSignedOut([server.url])).toEqual(HELD);
  });
});
