import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import { createApp, pkcePair, postAsApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { twoInstancesOnTwoNodes } from './cluster.js';

// Instance A on node 1, B on node 2: one pushed request's link followed through both at once.
const ROUNDS = 10;
const REDIRECT_URI = 'https://client.example.test/callback';

let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ a, b, owner, stop } = await twoInstancesOnTwoNodes());
}, 120_000);
afterAll(async () => stop());

describe('a pushed request used through two nodes at once', () => {
  it('is used once: one instance goes on, the other shows the error page', async () => {
    const app = await createApp(owner, { requireSecret: true, redirectUris: [REDIRECT_URI] });
    const seen: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const pushed = await postAsApp(a, app, '/oauth/par', {
        response_type: 'code',
        redirect_uri: REDIRECT_URI,
        scope: 'read',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'S256',
      });
      const { request_uri } = (await pushed.json()) as { request_uri: string };
      const link = `/oauth/authorize?${new URLSearchParams({ client_id: app.clientId, request_uri })}`;
      // The same browser (one session) through both instances.
      const both = await Promise.all([owner, owner.at(b.url)].map((user) => user.fetch(link)));
      seen.push(
        both
          .map((answer) => String(answer.status))
          .sort()
          .join(', '),
      );
    }
    expect(seen).toEqual(Array(ROUNDS).fill('302, 400'));
  });
});
