import { describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/server.js';
import { authorizeParams, authorizePath, userWithApp } from './support.js';

const server = useTestServer();

describe('GET /.well-known/oauth-authorization-server', () => {
  it('states exactly what the server supports (RFC 8414)', async () => {
    const response = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    const issuer = server.config.publicUrl;
    const methods = ['client_secret_basic', 'client_secret_post', 'none'];
    expect(await response.json()).toEqual({
      issuer,
      authorization_endpoint: `${issuer}/oauth/authorize`,
      token_endpoint: `${issuer}/oauth/token`,
      revocation_endpoint: `${issuer}/oauth/revoke`,
      introspection_endpoint: `${issuer}/oauth/introspect`,
      device_authorization_endpoint: `${issuer}/oauth/device_authorization`,
      pushed_authorization_request_endpoint: `${issuer}/oauth/par`,
      require_pushed_authorization_requests: false,
      scopes_supported: ['read', 'write', 'delete', 'openid', 'profile', 'email'],
      response_types_supported: ['code'],
      response_modes_supported: ['query'],
      grant_types_supported: [
        'authorization_code',
        'refresh_token',
        'urn:ietf:params:oauth:grant-type:device_code',
      ],
      code_challenge_methods_supported: ['S256'],
      dpop_signing_alg_values_supported: ['ES256', 'EdDSA', 'RS256'],
      token_endpoint_auth_methods_supported: methods,
      revocation_endpoint_auth_methods_supported: methods,
      introspection_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      authorization_response_iss_parameter_supported: true,
      jwks_uri: `${issuer}/oauth/jwks`,
      userinfo_endpoint: `${issuer}/oauth/userinfo`,
      id_token_signing_alg_values_supported: ['RS256', 'ES256'],
      subject_types_supported: ['public'],
      claims_supported: [
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
      ],
      claim_types_supported: ['normal'],
      claims_parameter_supported: false,
      request_parameter_supported: false,
      request_uri_parameter_supported: false,
      prompt_values_supported: ['none', 'login', 'consent', 'select_account'],
    });
  });
});

describe('CORS on the OAuth endpoints', () => {
  it.each([
    '/oauth/token',
    '/oauth/revoke',
    '/oauth/introspect',
    '/.well-known/oauth-authorization-server',
    '/.well-known/openid-configuration',
    '/oauth/jwks',
    '/oauth/userinfo',
  ])('answers a preflight for %s from any origin, without credentials', async (path) => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://spa.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(response.headers.get('access-control-allow-headers')).toMatch(/Authorization/i);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('sends the CORS header on the metadata document and on token errors', async () => {
    const metadata = await fetch(`${server.url}/.well-known/oauth-authorization-server`, {
      headers: { origin: 'https://spa.example' },
    });
    expect(metadata.headers.get('access-control-allow-origin')).toBe('*');
    const token = await fetch(`${server.url}/oauth/token`, {
      method: 'POST',
      headers: {
        origin: 'https://spa.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=authorization_code',
    });
    expect(token.status).toBe(401);
    expect(token.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('sends no CORS headers from /oauth/authorize, not even to a preflight', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const path = authorizePath(authorizeParams(app));
    const response = await client.fetch(path, { headers: { origin: 'https://spa.example' } });
    expect(response.status).toBe(302);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}${path}`, {
      method: 'OPTIONS',
      headers: { origin: 'https://spa.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
