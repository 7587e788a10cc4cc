import type { OpenIdParams } from './check-openid-params.js';

/**
 * The sign-in page, which sends the user back to the authorize link afterwards. `prompt=login`
 * is taken out of that link: the new sign-in has happened by then, and asking again would loop.
 * OpenID Connect Core §3.1.2.1 `login_hint` fills the sign-in form's email.
 */
export function signInLocation(pathAndQuery: string, openId: OpenIdParams): string {
  let returnTo = pathAndQuery;
  if (openId.prompts.includes('login')) {
    const url = new URL(pathAndQuery, 'http://authorize.invalid');
    const rest = openId.prompts.filter((p) => p !== 'login');
    if (rest.length > 0) url.searchParams.set('prompt', rest.join(' '));
    else url.searchParams.delete('prompt');
    returnTo = `${url.pathname}${url.search}`;
  }
  const hint =
    openId.loginHint !== null ? `&login_hint=${encodeURIComponent(openId.loginHint)}` : '';
  return `/signin?return_to=${encodeURIComponent(returnTo)}${hint}`;
}
