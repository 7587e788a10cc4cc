import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { pendingCode, postAsApp, type PendingCode } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { userWithApp, type Signed } from '../oauth/support.js';
import { ProofKey, boundTokens, currentNonce, dpopFetch, tokenRequest } from './support.js';

const server = useTestServer();

const tokenUrl = () => `${server.url}/oauth/token`;

describe('DPoP keys of every listed algorithm (RFC 9449 §5.1, RFC 7638)', () => {
  for (const alg of ['ES256', 'EdDSA', 'RS256']) {
    it(`binds tokens to an ${alg} key by its thumbprint and accepts proof after proof`, async () => {
      const { client, app } = await userWithApp(server, { requireSecret: true });
      const key = await ProofKey.generate(alg);
      const tokens = await boundTokens(server.url, client, app, key);
      const introspected = await (
        await postAsApp(server, app, '/oauth/introspect', { token: tokens.access_token })
      ).json();
      expect(introspected).toMatchObject({
        active: true,
        cnf: { jkt: await calculateJwkThumbprint(key.jwk, 'sha256') },
      });
      // The second and third proofs reuse the key the server imported for the first.
      for (let i = 0; i < 3; i += 1)
        expect(
          (await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, key)).status,
        ).toBe(200);
      // A proof with that same header but signed by another key still fails.
      const other = await ProofKey.generate(alg);
      const forged = await other.proof('GET', `${server.url}/consumer/v1/me`, {
        nonce: await currentNonce(server.url),
        accessToken: tokens.access_token,
        header: { jwk: key.jwk },
      });
      const answer = await dpopFetch(server.url, '/consumer/v1/me', tokens.access_token, key, {
        proof: forged,
      });
      expect(answer.status).toBe(401);
    });
  }
});

/** A compact JWS made by hand, for headers a JOSE library would not sign. */
function signed(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject) {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${b64(header)}.${b64(claims)}`;
  const ec = key.asymmetricKeyType === 'ec';
  const signature = sign(
    'sha256',
    Buffer.from(input),
    ec ? { key, dsaEncoding: 'ieee-p1363' } : key,
  );
  return `${input}.${signature.toString('base64url')}`;
}

describe('DPoP proof keys the server refuses (RFC 9449 §4.3 point 7)', () => {
  let signedApp: Signed;
  let pending: PendingCode;
  beforeAll(async () => {
    signedApp = await userWithApp(server, { requireSecret: false });
    pending = await pendingCode(signedApp.client, signedApp.app, { scope: 'read' });
  });

  const claims = async (extra: Record<string, unknown> = {}) => ({
    jti: randomUUID(),
    htm: 'POST',
    htu: tokenUrl(),
    iat: Math.floor(Date.now() / 1000),
    nonce: await currentNonce(server.url),
    ...extra,
  });

  /** The pending code's exchange, with `proof` in its DPoP header. */
  const exchangeWith = (proof: string) =>
    tokenRequest(
      server.url,
      signedApp.app,
      {
        grant_type: 'authorization_code',
        code: pending.code,
        redirect_uri: pending.redirectUri,
        code_verifier: pending.verifier,
      },
      proof,
    );

  /** Each refused proof leaves the code unspent: the proof is checked before the grant. */
  async function expectRefused(proof: string) {
    const answer = await exchangeWith(proof);
    expect([answer.status, answer.body.error]).toEqual([400, 'invalid_dpop_proof']);
  }

  const ecKey = (namedCurve: string) => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
    return { privateKey, jwk: publicKey.export({ format: 'jwk' }) };
  };

  it('refuses a key of another curve or type than the algorithm says', async () => {
    const p384 = ecKey('P-384');
    await expectRefused(
      signed({ typ: 'dpop+jwt', alg: 'ES256', jwk: p384.jwk }, await claims(), p384.privateKey),
    );
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const rsaJwk = publicKey.export({ format: 'jwk' });
    await expectRefused(
      signed({ typ: 'dpop+jwt', alg: 'ES256', jwk: rsaJwk }, await claims(), privateKey),
    );
  });

  it('refuses an RSA key under 2048 bits (RFC 7518 §3.3)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const jwk = publicKey.export({ format: 'jwk' });
    await expectRefused(signed({ typ: 'dpop+jwt', alg: 'RS256', jwk }, await claims(), privateKey));
  });

  it('refuses a key restricted to another use, operation or algorithm (RFC 7517 §4)', async () => {
    const key = ecKey('P-256');
    for (const restriction of [{ use: 'enc' }, { key_ops: ['encrypt'] }, { alg: 'ES384' }]) {
      const jwk = { ...key.jwk, ...restriction };
      await expectRefused(
        signed({ typ: 'dpop+jwt', alg: 'ES256', jwk }, await claims(), key.privateKey),
      );
    }
  });

  it('refuses a critical header extension, an expired proof and a signature of the wrong size', async () => {
    const key = ecKey('P-256');
    const header = { typ: 'dpop+jwt', alg: 'ES256', jwk: key.jwk };
    await expectRefused(
      signed(
        { ...header, crit: ['urn:example'], 'urn:example': 1 },
        await claims(),
        key.privateKey,
      ),
    );
    const expired = await claims({ exp: Math.floor(Date.now() / 1000) - 5 });
    await expectRefused(signed(header, expired, key.privateKey));
    const proof = signed(header, await claims(), key.privateKey);
    await expectRefused(`${proof}AAAA`);
  });

  it('still exchanges the code with a valid proof of the same hand-made kind', async () => {
    const key = ecKey('P-256');
    const proof = signed(
      { typ: 'dpop+jwt', alg: 'ES256', jwk: key.jwk },
      await claims(),
      key.privateKey,
    );
    const answer = await exchangeWith(proof);
    expect([answer.status, answer.body.token_type]).toEqual([200, 'DPoP']);
  });
});
