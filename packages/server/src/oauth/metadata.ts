import { DEVICE_CODE_GRANT_TYPE, SCOPES } from '@bnder/shared';
import { DPOP_ALGORITHMS } from '../grants/dpop/dpop-proofs.js';

const CLIENT_AUTH_METHODS = ['client_secret_basic', 'client_secret_post', 'none'];
/** RFC 7662 §2.1: introspection needs a client that can authenticate. */
const CONFIDENTIAL_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'];

/** RFC 8414 §2: exactly what this server enforces and offers, nothing more. */
export function serverMetadata(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/oauth/authorize`,
    token_endpoint: `${issuer}/oauth/token`,
    revocation_endpoint: `${issuer}/oauth/revoke`,
    introspection_endpoint: `${issuer}/oauth/introspect`,
    // RFC 8628 §4
    device_authorization_endpoint: `${issuer}/oauth/device_authorization`,
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
    // RFC 9449 §5.1
    dpop_signing_alg_values_supported: [...DPOP_ALGORITHMS],
  };
}
