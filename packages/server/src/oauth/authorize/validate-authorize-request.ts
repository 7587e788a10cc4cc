import type { Scope } from '@bnder/shared';
import type { AppStore } from '../../apps/app.store.js';
import type { OAuthParams } from '../form.js';
import { checkDpopJkt } from './check-dpop-jkt.js';
import { checkPkce } from './check-pkce.js';
import { checkResponseType } from './check-response-type.js';
import { checkScope } from './check-scope.js';
import { checkState } from './check-state.js';
import type { TrustedClient } from './check-client.js';
import { rejectRepeated } from './reject-repeated.js';
import { rejectSecretInLink } from './reject-secret-in-link.js';

export type ValidAuthorizeRequest = {
  scopes: Scope[];
  state: string | null;
  codeChallenge: string | null;
  dpopJkt: string | null;
};

/**
 * The checks that run once the redirect URI is trusted, in order; each throws an OAuthError
 * that is sent back to the client (RFC 6749 §4.1.2.1).
 */
export async function validateAuthorizeRequest(
  clients: AppStore,
  { app }: TrustedClient,
  params: OAuthParams,
  repeated: readonly string[],
  sentSecrets: readonly string[],
): Promise<ValidAuthorizeRequest> {
  await rejectSecretInLink(clients, app, sentSecrets);
  rejectRepeated(repeated);
  checkResponseType(params);
  const state = checkState(params);
  const scopes = checkScope(params);
  const codeChallenge = checkPkce(app, params);
  const dpopJkt = checkDpopJkt(params);
  return { scopes, state, codeChallenge, dpopJkt };
}
