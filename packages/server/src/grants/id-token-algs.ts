/**
 * The algorithms ID tokens are signed with, each with its own active key (table
 * oidc_signing_keys). OpenID Connect Discovery §3 requires RS256, the default; an app may
 * register ES256 instead (OpenID Connect Dynamic Client Registration 1.0 §2
 * `id_token_signed_response_alg`). Here, below apps/ and oauth/, so both name the same list.
 */
export const ID_TOKEN_ALGS = ['RS256', 'ES256'] as const;
export type IdTokenAlg = (typeof ID_TOKEN_ALGS)[number];

/** What an app gets when it registers nothing (Registration §2: RS256). */
export const DEFAULT_ID_TOKEN_ALG: IdTokenAlg = 'RS256';

export const isIdTokenAlg = (value: unknown): value is IdTokenAlg =>
  (ID_TOKEN_ALGS as readonly unknown[]).includes(value);
