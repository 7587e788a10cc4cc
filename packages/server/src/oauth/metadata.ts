import { DEVICE_CODE_GRANT_TYPE, SCOPES } from '@bnder/shared';
import { ID_TOKEN_ALGS } from './oidc/signing-keys.js';
import { DPOP_ALGORITHMS } from '../grants/dpop/dpop-proofs.js';

const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'];
/** RFC 7662 §2.1: introspection needs a client that can authenticate. */
const CONFIDENTIAL_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'];
/** OpenID Connect Core §2 and §5.1: the claims an ID token or userinfo may carry. */
const CLAIMS = [
  'sub',
  'iss',
  'aud',
  'exp',
  'iat',
  'auth_time',
  'nonce',
  'at_hash',
  'name',
  'email',
  'email_verified',
];

/**
 * RFC 8414 §2: exactly what this server enforces and offers, nothing more. The same document
 * answers OpenID Connect Discovery §3, so the two can never disagree.
 */
export function serverMetadata(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    revocation_endpoint: `${issuer}/oauth/revoke`,
    introspection_endpoint: `${issuer}/oauth/introspect`,
    // RFC 8628 §4
    device_authorization_endpoint: `${issuer}/oauth/device_authorization`,
    // RFC 9126 §5: pushing is offered to every client and required only by apps that ask.
    pushed_authorization_request_endpoint: `${issuer}/oauth/par`,
    require_pushed_authorization_requests: false,
    scopes_supported: [...SCOPES],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token', DEVICE_CODE_GRANT_TYPE],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    revocation_endpoint_auth_methods_supported: CLIENT_AUTH_METHODS,
    introspection_endpoint_auth_methods_supported: CONFIDENTIAL_AUTH_METHODS,
    // RFC 9207 §3: the authorization response carries `iss`.
    authorization_response_iss_parameter_supported: true,
    // OpenID Connect Discovery §3
    jwks_uri: `${issuer}/oauth/jwks`,
    userinfo_endpoint: `${issuer}/oauth/userinfo`,
    id_token_signing_alg_values_supported: [...ID_TOKEN_ALGS],
    subject_types_supported: ['public'],
    claims_supported: CLAIMS,
    claim_types_supported: ['normal'],
    claims_parameter_supported: false,
    request_parameter_supported: false,
    request_uri_parameter_supported: false,
    prompt_values_supported: ['none', 'login', 'consent', 'select_account'],
    // RFC 9449 §5.1
    dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
  };
}
