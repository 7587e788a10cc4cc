import type { SignedInSession } from '../../accounts/sessions.service.js';
import { LoginRequired, type OAuthError } from '../errors.js';
import { subjectOfIdTokenHint } from '../oidc/id-token-hint.js';
import type { SigningKeys } from '../oidc/signing-keys.js';
import type { OpenIdParams } from './check-openid-params.js';

/**
 * What the sign-in must be before the request may go on: as it is, a sign-in (`anew` when a
 * signed-in user must prove the password again), or an error for `prompt=none`.
 */
export type SignInVerdict =
  | { kind: 'ok'; session: SignedInSession }
  | { kind: 'sign-in'; anew: boolean }
  | { kind: 'error'; error: OAuthError };

/**
 * OpenID Connect Core §3.1.2.1–§3.1.2.3: `prompt=none` never shows a page, so a missing or
 * too old sign-in is `login_required`; `prompt=login` and an exceeded `max_age` ask for the
 * password again; an `id_token_hint` naming another user than the signed-in one is
 * `login_required` with `prompt=none` and a new sign-in otherwise.
 */
export async function checkSignIn(
  signedIn: SignedInSession | null,
  openId: OpenIdParams,
  hintCheck: { clientId: string; keys: SigningKeys; issuer: string },
  freshSince: Date | null = null,
): Promise<SignInVerdict> {
  const silent = openId.prompts.includes('none');
  const refuse = (why: string): SignInVerdict =>
    silent ? { kind: 'error', error: new LoginRequired(why) } : { kind: 'sign-in', anew: true };
  // A bad hint is the client's mistake whoever is signed in (Core §3.1.2.6 invalid_request).
  let hintedSubject: string | null = null;
  if (openId.idTokenHint !== null) {
    try {
      hintedSubject = await subjectOfIdTokenHint(
        openId.idTokenHint,
        hintCheck.clientId,
        hintCheck.keys,
        hintCheck.issuer,
      );
    } catch (error) {
      return { kind: 'error', error: error as OAuthError };
    }
  }
  if (!signedIn)
    return silent
      ? { kind: 'error', error: new LoginRequired('The user is not signed in') }
      : { kind: 'sign-in', anew: false };
  if (hintedSubject !== null && hintedSubject !== signedIn.user.id)
    return refuse('The signed-in user is not the one id_token_hint names');
  // A pushed request's parameters cannot be taken out of the link after the new sign-in (see
  // sign-in-redirect.ts), so a sign-in made after the request was pushed is the new one it asked for.
  if (freshSince !== null && signedIn.session.authenticatedAt >= freshSince)
    return { kind: 'ok', session: signedIn };
  if (openId.prompts.includes('login')) return refuse('prompt=login asks for a new sign-in');
  const ageSeconds = (Date.now() - signedIn.session.authenticatedAt.getTime()) / 1000;
  if (openId.maxAge !== null && ageSeconds > openId.maxAge)
    return refuse('The sign-in is older than max_age');
  return { kind: 'ok', session: signedIn };
}
