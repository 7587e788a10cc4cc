import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import { createApp, obtainTokens, pendingCode, postAsApp, type TestApp } from '../helpers/oauth.js';
import type { ServerProcess } from '../helpers/server-process.js';
import { twoInstancesOnTwoNodes } from './cluster.js';

// Instance A on node 1, B on node 2: the same credential used through both at the same moment.
// Galera certifies the conflicting writes; the loser is retried and must then see the winner.
const ROUNDS = 10;

let a: ServerProcess;
let b: ServerProcess;
let owner: TestClient;
let stop: () => Promise<void>;
beforeAll(async () => {
  ({ a, b, owner, stop } = await twoInstancesOnTwoNodes());
}, 120_000);
afterAll(async () => stop());

type Outcome = { status: number; error?: string; access_token?: string };

async function outcome(response: Promise<Response>): Promise<Outcome> {
  const answer = await response;
  const body = (await answer.json()) as Omit<Outcome, 'status'>;
  return { status: answer.status, error: body.error, access_token: body.access_token };
}

const summary = (outcomes: Outcome[]) =>
  outcomes
    .map((o) => `${o.status}${o.error ? ` ${o.error}` : ''}`)
    .sort()
    .join(', ');

async function meStatus(token: string): Promise<number> {
  return (await fetch(`${b.url}/consumer/v1/me`, { headers: { authorization: `Bearer ${token}` } }))
    .status;
}

describe('races between instances on different nodes', () => {
  it('one code exchanged through both at once: one gets tokens, the other invalid_grant', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const seen: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const { code, verifier, redirectUri } = await pendingCode(owner, app);
      const params = {
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
      };
      const both = await Promise.all(
        [a, b].map((server) => outcome(postAsApp(server, app, '/oauth/token', params))),
      );
      seen.push(summary(both));
    }
    expect(seen).toEqual(Array(ROUNDS).fill('200, 400 invalid_grant'));
  });

  it('one refresh token refreshed through both at once: one rotation wins', async () => {
    const app = await createApp(owner, { requireSecret: true });
    const seen: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const tokens = await obtainTokens({ url: a.url }, owner, app, 'read');
      const params = { grant_type: 'refresh_token', refresh_token: tokens.refresh_token };
      const both = await Promise.all(
        [a, b].map((server) => outcome(postAsApp(server, app, '/oauth/token', params))),
      );
      seen.push(summary(both));
    }
    expect(seen).toEqual(Array(ROUNDS).fill('200, 400 invalid_grant'));
  });

  it('a rotation on one node while a refresh runs on the other: no token outlives the rotation', async () => {
    const seen: string[] = [];
    for (let i = 0; i < ROUNDS; i += 1) {
      const app: TestApp = await createApp(owner, { requireSecret: true });
      const tokens = await obtainTokens({ url: a.url }, owner, app, 'read');
      const [rotation, refresh] = await Promise.all([
        owner.gql(
          `mutation($id: String!) { rotateOAuthAppSecret(clientId: $id) { clientSecret } }`,
          {
            id: app.clientId,
          },
        ),
        outcome(
          postAsApp(b, app, '/oauth/token', {
            grant_type: 'refresh_token',
            refresh_token: tokens.refresh_token,
          }),
        ),
      ]);
      // The refresh may win the race (200) or lose it (401 or 400); either way, once the
      // rotation has answered, no token of the old secret's era works anywhere.
      const survivors = refresh.access_token ? await meStatus(refresh.access_token) : 401;
      const refreshOk = [200, 400, 401].includes(refresh.status);
      seen.push(
        `${rotation.status} ${rotation.errors ? 'error' : 'rotated'} ${refreshOk ? 'refresh answered' : `refresh ${refresh.status}`} ${survivors}`,
      );
    }
    expect(seen).toEqual(Array(ROUNDS).fill('200 rotated refresh answered 401'));
  });
});
