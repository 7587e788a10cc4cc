import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { userWithApp } from '../oauth/support.js';
import { ProofKey, boundTokens, dpopFetch } from './support.js';

const server = useTestServer();

describe('OpenID Connect userinfo with DPoP-bound tokens (RFC 9449 §7)', () => {
  it('answers a bound token only as DPoP with its proof, and refuses it as Bearer or with another key', async () => {
    const { client, app, user } = await userWithApp(server, { requireSecret: false });
    const key = await ProofKey.generate();
    const tokens = await boundTokens(server.url, client, app, key, { scope: 'openid read' });
    expect(tokens.token_type).toBe('DPoP');
    expect((tokens as { id_token?: string }).id_token).toEqual(expect.any(String));

    const answered = await dpopFetch(server.url, '/oauth/userinfo', tokens.access_token, key);
    expect(answered.status).toBe(200);
    expect(await answered.json()).toEqual({ sub: user.id });

    const asBearer = await fetch(`${server.url}/oauth/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(asBearer.status).toBe(401);
    expect(asBearer.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);

    const thief = await ProofKey.generate();
    const stolen = await dpopFetch(server.url, '/oauth/userinfo', tokens.access_token, thief);
    expect(stolen.status).toBe(401);
    expect(stolen.headers.get('www-authenticate')).toMatch(
      /^DPoP error="invalid_(token|dpop_proof)"/,
    );
  });
});
