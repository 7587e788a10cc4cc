import type { Scope } from '@bnder/shared';
import type { AppStore } from '../../apps/app.store.js';
import type { OAuthParams } from '../form.js';
import { checkOpenIdParams, type OpenIdParams } from './check-openid-params.js';
import { checkDpopJkt } from './check-dpop-jkt.js';
import { checkPkce } from './check-pkce.js';
import { checkResponseType } from './check-response-type.js';
import { checkScope } from './check-scope.js';
import { checkState } from './check-state.js';
import type { TrustedClient } from './check-client.js';
import { rejectRepeated } from './reject-repeated.js';
import { rejectRequestObject } from './reject-request-object.js';
import { rejectSecretInLink } from './reject-secret-in-link.js';
import { requirePushedRequest } from './require-pushed-request.js';

export type ValidAuthorizeRequest = {
  scopes: Scope[];
  state: string | null;
  codeChallenge: string | null;
  openId: OpenIdParams;
  dpopJkt: string | null;
};

/**
 * The checks that run once the redirect URI is trusted, in order; each throws an OAuthError
 * that is sent back to the client (RFC 6749 §4.1.2.1). A pushed request (RFC 9126 §2.1) is
 * judged by the same checks, when it is pushed and again when its link is followed.
 */
export async function validateAuthorizeRequest(
  clients: AppStore,
  { app }: TrustedClient,
  params: OAuthParams,
  repeated: readonly string[],
  sentSecrets: readonly string[],
  pushed: boolean,
): Promise<ValidAuthorizeRequest> {
  await rejectSecretInLink(clients, app, sentSecrets);
  requirePushedRequest(app, pushed);
  rejectRepeated(repeated);
  checkResponseType(params);
  rejectRequestObject(params);
  const state = checkState(params);
  const scopes = checkScope(params);
  const codeChallenge = checkPkce(app, params);
  const dpopJkt = checkDpopJkt(params);
  return { scopes, state, codeChallenge, dpopJkt, openId: checkOpenIdParams(params) };
}
