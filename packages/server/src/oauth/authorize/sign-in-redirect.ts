import type { OpenIdParams } from './check-openid-params.js';

/**
 * The sign-in page, which sends the user back to the authorize link afterwards. After a forced
 * new sign-in (`prompt=login`, an exceeded `max_age`), `prompt=login` and `max_age` are taken
 * out of that link: the page always asks for the password and starts a new session, and asking
 * again would loop (`max_age=0` can never be met by a round trip through a form). The ID token's
 * `auth_time` tells the client when the user last signed in (OpenID Connect Core §3.1.2.1), so
 * the link without them grants nothing the client cannot see. `login_hint` fills the email.
 */
export function signInLocation(pathAndQuery: string, openId: OpenIdParams, anew: boolean): string {
  let returnTo = pathAndQuery;
  if (anew && (openId.prompts.includes('login') || openId.maxAge !== null)) {
    const url = new URL(pathAndQuery, 'http://authorize.invalid');
    const rest = openId.prompts.filter((p) => p !== 'login');
    if (rest.length > 0) url.searchParams.set('prompt', rest.join(' '));
    else url.searchParams.delete('prompt');
    url.searchParams.delete('max_age');
    returnTo = `${url.pathname}${url.search}`;
  }
  const hint =
    openId.loginHint !== null ? `&login_hint=${encodeURIComponent(openId.loginHint)}` : '';
  return `/signin?return_to=${encodeURIComponent(returnTo)}${hint}`;
}
