import type { Scope } from '@bnder/shared';

/** What the examples are built from: one app's own values, as its owner sees them now. */
export interface ConnectValues {
  /** The issuer (RFC 8414 §2): the site's own origin, e.g. `https://bnder.example`. */
  issuer: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly Scope[];
  /** The app's requireSecret: a confidential client authenticates at the token endpoint. */
  confidential: boolean;
  /**
   * The secret only while the owner has it revealed on the page; otherwise null, and the
   * examples read it from the environment instead (`$CLIENT_SECRET`).
   */
  clientSecret: string | null;
  /** RFC 8628: the device flow examples appear only when the app allows it. */
  deviceFlow: boolean;
}

export type ExampleId = 'pkce' | 'exchange' | 'refresh' | 'revoke' | 'device' | 'api';

/** One ready-to-copy example. */
export interface Example {
  id: ExampleId;
  title: string;
  code: string;
}

/** The name the examples use for the secret when it is not revealed. */
export const SECRET_VARIABLE = 'CLIENT_SECRET';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The endpoints the metadata document (RFC 8414) lists, under the issuer. */
export function endpointsOf(issuer: string) {
  const base = issuer.replace(/\/+$/, '');
  return {
    metadata: `${base}/.well-known/oauth-authorization-server`,
    authorize: `${base}/oauth/authorize`,
    token: `${base}/oauth/token`,
    revoke: `${base}/oauth/revoke`,
    device: `${base}/oauth/device_authorization`,
    me: `${base}/consumer/v1/me`,
  };
}

/** RFC 6749 §3.3: the scope parameter is space-delimited. */
export const scopeParameter = (values: ConnectValues) => values.scopes.join(' ');

/**
 * The authorize link (RFC 6749 §4.1.1 with RFC 7636 §4.3). `state` and `codeChallenge` are
 * written as given, so an example can put a variable there; everything else is encoded. There
 * is never a secret in it: the help page forbids one in an authorize link.
 */
export function authorizeUrl(
  values: ConnectValues,
  dynamic: { state: string; codeChallenge: string },
): string {
  const fixed = new URLSearchParams({
    response_type: 'code',
    client_id: values.clientId,
    redirect_uri: values.redirectUri,
    scope: scopeParameter(values),
  });
  return (
    `${endpointsOf(values.issuer).authorize}?${fixed.toString()}` +
    `&state=${dynamic.state}&code_challenge=${dynamic.codeChallenge}&code_challenge_method=S256`
  );
}
