import type { OAuthError } from '../errors.js';

/**
 * RFC 6749 §4.1.2 and §4.1.2.1: the answer travels in the redirect URI's query, keeping any
 * query it was registered with. RFC 9207 §2: `iss` names this server, so a client talking to
 * several servers can tell which one answered (mix-up defence).
 */
export function redirectWith(redirectUri: string, params: Record<string, string | null>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null) url.searchParams.set(name, value);
  }
  return url.toString();
}

export function successRedirect(
  redirectUri: string,
  answer: { code: string; state: string | null; iss: string },
): string {
  return redirectWith(redirectUri, { code: answer.code, state: answer.state, iss: answer.iss });
}

export function errorRedirect(
  redirectUri: string,
  error: OAuthError,
  state: string | null,
  iss: string,
): string {
  return redirectWith(redirectUri, {
    error: error.code,
    error_description: error.message,
    state,
    iss,
  });
}
