import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  busyClient,
  GUESSES,
  guessLimitsEnv,
  parallelWrongClientSecrets,
  parallelWrongConfirmations,
  parallelWrongPasswords,
  parallelWrongUserCodes,
} from '../helpers/parallel-guesses.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { createClusterDatabase, startInstance, type ClusterDatabase } from './cluster.js';

// Guesses at one secret sent at once to two instances on different nodes: the counter row's
// writes conflict between the nodes (1213, run again), and each still reads its own count.
const LIMIT = 10;
const HELD = { wrong: LIMIT, limited: GUESSES - LIMIT, other: [], rightAfterwards: 'limited' };

let database: ClusterDatabase;
let instances: ServerProcess[];
let urls: string[];
beforeAll(async () => {
  database = await createClusterDatabase();
  instances = await Promise.all(
    [0, 1].map((node) => startInstance(database.nodeUrl(node), guessLimitsEnv(LIMIT))),
  );
  urls = instances.map((instance) => instance.url);
}, 120_000);
afterAll(async () => {
  await Promise.all(instances.map((instance) => instance.stop()));
  await database.drop();
});

describe('guesses sent all at once to two nodes', () => {
  it('check at most the limit of passwords for one account', async () => {
    expect(await parallelWrongPasswords(urls)).toEqual(HELD);
  });

  it('check at most the limit of passwords in sudo confirmations', async () => {
    expect(await parallelWrongConfirmations(urls)).toEqual(HELD);
  });

  it('check at most the limit of client secrets at the token endpoint', async () => {
    expect(await parallelWrongClientSecrets(urls, '/oauth/token')).toEqual(HELD);
  });

  it('check at most the limit of user codes through deviceAuthorization', async () => {
    expect(await parallelWrongUserCodes(urls, 'deviceAuthorization')).toEqual(HELD);
  });
});

describe('a busy client sending all at once to two nodes', () => {
  // Each instance lets at most the limit of its checks run at once; a check refused while the
  // other instance's right answers hold the slots asks again when they have given them back.
  it('is authenticated on every one of eight times the limit of requests', async () => {
    expect(await busyClient(urls, '/oauth/introspect', { count: 8 * LIMIT })).toEqual({
      '200 ': 8 * LIMIT,
    });
  });
});
