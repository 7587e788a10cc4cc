import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingCode, type PendingCode } from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { userWithApp, type Signed } from '../oauth/support.js';
import { ProofKey, currentNonce, tokenRequest } from './support.js';

let server: TestServer;
let signed: Signed;
let pending: PendingCode;
let key: ProofKey;
beforeAll(async () => {
  server = await startTestServer();
  signed = await userWithApp(server, { requireSecret: false });
  key = await ProofKey.generate();
});
afterAll(async () => server.close());

const tokenUrl = () => `${server.url}/oauth/token`;
const exchange = (proof: string | undefined) =>
  tokenRequest(
    server.url,
    signed.app,
    {
      grant_type: 'authorization_code',
      code: pending.code,
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
    },
    proof,
  );

/** Each refused proof leaves the code unspent: the proof is checked before the grant. */
async function expectRefused(proof: string, error = 'invalid_dpop_proof') {
  const answer = await exchange(proof);
  expect(answer.status).toBe(400);
  expect(answer.body.error).toBe(error);
  expect(answer.headers.get('dpop-nonce')).toBeTruthy();
  return answer;
}

describe('DPoP proof checks at the token endpoint (RFC 9449 §4.3)', () => {
  beforeAll(async () => {
    pending = await pendingCode(signed.client, signed.app, { scope: 'read' });
  });

  it('asks for the server nonce first, and hands it out (§8)', async () => {
    const answer = await expectRefused(await key.proof('POST', tokenUrl()), 'use_dpop_nonce');
    const nonce = answer.headers.get('dpop-nonce') ?? '';
    expect(nonce).toBe(await currentNonce(server.url));
    await expectRefused(
      await key.proof('POST', tokenUrl(), { nonce: 'not-the-nonce' }),
      'use_dpop_nonce',
    );
  });

  it('refuses a typ other than dpop+jwt', async () => {
    const nonce = await currentNonce(server.url);
    await expectRefused(await key.proof('POST', tokenUrl(), { nonce, header: { typ: 'JWT' } }));
  });

  it('refuses a symmetric algorithm', async () => {
    const secret = randomBytes(32);
    const proof = await new SignJWT({
      jti: 'hs-1',
      htm: 'POST',
      htu: tokenUrl(),
      iat: Math.floor(Date.now() / 1000),
      nonce: await currentNonce(server.url),
    })
      // The type forbids a private jwk; the wire does not, which is what this checks.
      .setProtectedHeader({
        typ: 'dpop+jwt',
        alg: 'HS256',
        jwk: { kty: 'oct', k: secret.toString('base64url') } as never,
      })
      .sign(secret);
    const answer = await expectRefused(proof);
    expect(answer.body.error_description).toContain('ES256');
  });

  it('refuses a jwk with its private parts', async () => {
    const nonce = await currentNonce(server.url);
    const jwk = { ...key.jwk, d: randomBytes(32).toString('base64url') };
    await expectRefused(await key.proof('POST', tokenUrl(), { nonce, header: { jwk } }));
  });

  it('refuses a proof not signed by the key in its header', async () => {
    const other = await ProofKey.generate();
    const nonce = await currentNonce(server.url);
    await expectRefused(await other.proof('POST', tokenUrl(), { nonce, header: { jwk: key.jwk } }));
  });

  it('refuses a proof for another method (htm)', async () => {
    const nonce = await currentNonce(server.url);
    await expectRefused(await key.proof('GET', tokenUrl(), { nonce }));
  });

  it('refuses a proof for another URL (htu)', async () => {
    const nonce = await currentNonce(server.url);
    await expectRefused(await key.proof('POST', `${server.url}/oauth/revoke`, { nonce }));
    await expectRefused(
      await key.proof('POST', 'https://elsewhere.example/oauth/token', { nonce }),
    );
    await expectRefused(await key.proof('POST', 'not a url', { nonce }));
  });

  it('refuses an iat more than 60 seconds away, either way', async () => {
    const nonce = await currentNonce(server.url);
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(await key.proof('POST', tokenUrl(), { nonce, claims: { iat: now - 120 } }));
    await expectRefused(await key.proof('POST', tokenUrl(), { nonce, claims: { iat: now + 120 } }));
  });

  it('refuses a proof without jti', async () => {
    const nonce = await currentNonce(server.url);
    await expectRefused(await key.proof('POST', tokenUrl(), { nonce, claims: { jti: undefined } }));
  });

  it('refuses two DPoP headers', async () => {
    const nonce = await currentNonce(server.url);
    const headers = new Headers({ 'content-type': 'application/x-www-form-urlencoded' });
    headers.append('dpop', await key.proof('POST', tokenUrl(), { nonce }));
    headers.append('dpop', await key.proof('POST', tokenUrl(), { nonce }));
    const response = await fetch(tokenUrl(), {
      method: 'POST',
      headers,
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: pending.code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.verifier,
        client_id: signed.app.clientId,
      }).toString(),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'invalid_dpop_proof' });
  });

  it('then accepts a valid proof, with its htu normalised and without query or fragment (§4.3)', async () => {
    const nonce = await currentNonce(server.url);
    const htu = `${server.url.replace('http://', 'HTTP://')}/oauth/token?x=1#frag`;
    const answer = await exchange(await key.proof('POST', htu, { nonce }));
    expect(answer.status).toBe(200);
    expect(answer.body.token_type).toBe('DPoP');
  });
});

describe('proofs used once (§11.1)', () => {
  it('refuses a replayed proof', async () => {
    const first = await pendingCode(signed.client, signed.app);
    const second = await pendingCode(signed.client, signed.app);
    const proof = await key.proof('POST', tokenUrl(), { nonce: await currentNonce(server.url) });
    const redeem = (p: PendingCode) =>
      tokenRequest(
        server.url,
        signed.app,
        {
          grant_type: 'authorization_code',
          code: p.code,
          redirect_uri: p.redirectUri,
          code_verifier: p.verifier,
        },
        proof,
      );
    expect((await redeem(first)).status).toBe(200);
    const replayed = await redeem(second);
    expect(replayed.status).toBe(400);
    expect(replayed.body).toMatchObject({ error: 'invalid_dpop_proof' });
    expect(String(replayed.body.error_description)).toContain('already used');
  });
});

describe('algorithms (§4.2)', () => {
  it.each(['ES256', 'EdDSA', 'RS256'])('accepts %s', async (alg) => {
    const algKey = await ProofKey.generate(alg);
    const p = await pendingCode(signed.client, signed.app);
    const answer = await tokenRequest(
      server.url,
      signed.app,
      {
        grant_type: 'authorization_code',
        code: p.code,
        redirect_uri: p.redirectUri,
        code_verifier: p.verifier,
      },
      await algKey.proof('POST', tokenUrl(), { nonce: await currentNonce(server.url) }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body.token_type).toBe('DPoP');
  });

  it('lists them in the metadata (§5.1)', async () => {
    const response = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
    expect(await response.json()).toMatchObject({
      dpop_signing_alg_values_supported: ['ES256', 'EdDSA', 'RS256'],
    });
  });
});
