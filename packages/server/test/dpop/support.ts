import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type CryptoKey } from 'jose';
import { clientAuthFor, pendingCode, type TestApp, type TokenResponse } from '../helpers/oauth.js';
import type { TestClient } from '../helpers/client.js';

/** A client's DPoP key, making proofs by hand (jose SignJWT), so each §4.3 rule can be broken. */
export class ProofKey {
  private constructor(
    readonly alg: string,
    private readonly privateKey: CryptoKey,
    readonly jwk: JWK,
  ) {}

  static async generate(alg = 'ES256'): Promise<ProofKey> {
    const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
    return new ProofKey(alg, privateKey, await exportJWK(publicKey));
  }

  /** A valid proof for the request unless `claims` or `header` say otherwise. */
  proof(
    htm: string,
    htu: string,
    options: {
      nonce?: string;
      accessToken?: string;
      claims?: Record<string, unknown>;
      header?: Record<string, unknown>;
    } = {},
  ): Promise<string> {
    const claims: Record<string, unknown> = {
      jti: randomUUID(),
      htm,
      htu,
      iat: Math.floor(Date.now() / 1000),
      ...(options.nonce === undefined ? {} : { nonce: options.nonce }),
      ...(options.accessToken === undefined ? {} : { ath: ath(options.accessToken) }),
      ...options.claims,
    };
    return new SignJWT(claims)
      .setProtectedHeader({ typ: 'dpop+jwt', alg: this.alg, jwk: this.jwk, ...options.header })
      .sign(this.privateKey);
  }
}

export const ath = (token: string) => createHash('sha256').update(token).digest('base64url');

export type Answer = { status: number; body: Record<string, unknown>; headers: Headers };

/** POSTs to the token endpoint as the app, with the DPoP header when given. */
export async function tokenRequest(
  baseUrl: string,
  app: TestApp,
  params: Record<string, string>,
  dpop?: string,
): Promise<Answer> {
  const auth = clientAuthFor(app);
  const form = new URLSearchParams(params);
  for (const [k, v] of new URLSearchParams(auth.body)) form.set(k, v);
  const response = await fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...auth.headers,
      ...(dpop === undefined ? {} : { dpop }),
    },
    body: form.toString(),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

/** The server's current nonce, as any token response hands it out (RFC 9449 §8). */
export async function currentNonce(baseUrl: string): Promise<string> {
  const response = await fetch(new URL('/oauth/token', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: '',
  });
  await response.body?.cancel();
  const nonce = response.headers.get('dpop-nonce');
  if (!nonce) throw new Error('the token endpoint sent no DPoP-Nonce');
  return nonce;
}

/**
 * A code exchanged with a proof of `key`: the tokens come back bound to it. The proof names
 * the deployment's public URL, which differs from the address when instances share one.
 */
export async function boundTokens(
  baseUrl: string,
  user: TestClient,
  app: TestApp,
  key: ProofKey,
  { scope = 'read write', publicUrl = baseUrl } = {},
): Promise<TokenResponse> {
  const { code, verifier, redirectUri } = await pendingCode(user, app, { scope });
  const proof = await key.proof('POST', `${publicUrl}/oauth/token`, {
    nonce: await currentNonce(baseUrl),
  });
  const answer = await tokenRequest(
    baseUrl,
    app,
    { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier },
    proof,
  );
  if (answer.status !== 200) throw new Error(`exchange failed: ${JSON.stringify(answer.body)}`);
  return answer.body as TokenResponse;
}

/** A resource request with a DPoP-bound token and a fresh proof for it. */
export async function dpopFetch(
  baseUrl: string,
  path: string,
  token: string,
  key: ProofKey,
  init: { method?: string; body?: string; proof?: string; scheme?: string } = {},
): Promise<Response> {
  const method = init.method ?? 'GET';
  const proof =
    init.proof ??
    (await key.proof(method, `${baseUrl}${path}`, {
      nonce: await currentNonce(baseUrl),
      accessToken: token,
    }));
  return fetch(new URL(path, baseUrl), {
    method,
    headers: {
      authorization: `${init.scheme ?? 'DPoP'} ${token}`,
      dpop: proof,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
}
