import { describe, expect, it } from 'vitest';
import {
  postFormFrom,
  requestFrom,
  STRANGER_ADDRESS,
  USER_ADDRESS,
} from '../helpers/from-address.js';
import { obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { ProofKey, boundTokens, currentNonce } from '../dpop/support.js';
import { authorizeParams, ownerWithApp } from '../par/support.js';
import { userWithApp } from './support.js';

const STRANGER = STRANGER_ADDRESS;
const USER = USER_ADDRESS;

const server = useTestServer({
  RATE_LIMITS: 'on',
  RATE_LIMIT_AUTHORIZE: '3/60',
  RATE_LIMIT_TOKEN: '4/60',
  RATE_LIMIT_CLIENT_AUTH: '2/60',
});

const pushFrom = (from: string, params: Record<string, string>) =>
  postFormFrom(from, `${server.url}/oauth/par`, params);
const tokenFrom = (from: string, params: Record<string, string>, dpop?: string) =>
  postFormFrom(from, `${server.url}/oauth/token`, params, dpop === undefined ? {} : { dpop });
const userInfoFrom = (from: string, authorization: string, dpop?: string) =>
  requestFrom(from, `${server.url}/oauth/userinfo`, {
    headers: { authorization, ...(dpop === undefined ? {} : { dpop }) },
  });

describe('a stranger who knows a public client_id', () => {
  it('fills only its own pushed authorization request bucket (RFC 9126 §2)', async () => {
    const { app } = await ownerWithApp(server, false);
    // Junk pushes: no redirect_uri, no PKCE. Each is counted before it is read.
    const junk = { client_id: app.clientId, response_type: 'code', scope: 'read' };
    for (let i = 0; i < 3; i += 1) expect((await pushFrom(STRANGER, junk)).status).toBe(400);
    const blocked = await pushFrom(STRANGER, junk);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);

    const pushed = await pushFrom(USER, authorizeParams(app).params);
    expect(pushed.status).toBe(201);
    expect(pushed.json().request_uri).toMatch(/^urn:ietf:params:oauth:request_uri:/);
  });

  it('cannot lock the app’s users out of userinfo, which no per-client limit guards', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const tokens = await obtainTokens(server, client, app, 'openid read');
    for (let i = 0; i < 10; i += 1)
      expect((await userInfoFrom(STRANGER, `Bearer bnd_at_made-up-${i}`)).status).toBe(401);
    const answer = await userInfoFrom(USER, `Bearer ${tokens.access_token}`);
    expect(answer.status).toBe(200);
    expect(answer.json()).toHaveProperty('sub');
  });

  it('cannot lock out the DPoP nonce retry: junk proofs fill only the stranger’s bucket', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key, { scope: 'openid read' });
    const tokenUrl = `${server.url}/oauth/token`;
    const refresh = (app: TestApp, refreshToken: string) => ({
      client_id: app.clientId,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    // Proofs of the stranger's own key, without the nonce (RFC 9449 §8): use_dpop_nonce each.
    const stranger = await ProofKey.generate();
    for (let i = 0; i < 4; i += 1) {
      const answer = await tokenFrom(
        STRANGER,
        refresh(app, `made-up-${i}`),
        await stranger.proof('POST', tokenUrl),
      );
      expect(answer.json().error).toBe('use_dpop_nonce');
    }
    const blocked = await tokenFrom(
      STRANGER,
      refresh(app, 'made-up'),
      await stranger.proof('POST', tokenUrl),
    );
    expect(blocked.status).toBe(429);

    // The user's client asks without a nonce, gets one, and retries (§8), from its own address.
    const first = await tokenFrom(
      USER,
      refresh(app, tokens.refresh_token),
      await key.proof('POST', tokenUrl),
    );
    expect(first.json().error).toBe('use_dpop_nonce');
    const nonce = String(first.headers['dpop-nonce']);
    expect(nonce).toBe(await currentNonce(server.url));
    const retried = await tokenFrom(
      USER,
      refresh(app, tokens.refresh_token),
      await key.proof('POST', tokenUrl, { nonce }),
    );
    expect(retried.status).toBe(200);
    expect(retried.json().token_type).toBe('DPoP');
  });
});
