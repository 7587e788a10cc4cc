import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { authorize, createApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { connectApp } from './rest.js';

const server = useTestServer();

// The test server listens on loopback http; the library refuses http unless told otherwise.
const insecure = { [oauth.allowInsecureRequests]: true } as const;
const REDIRECT_URI = 'http://127.0.0.1:43111/callback';
const WELL_KNOWN = '/.well-known/oauth-protected-resource';

/** The `resource_metadata` of a `WWW-Authenticate` challenge (RFC 9728 §5.1). */
function resourceMetadataOf(response: Response): string {
  const header = response.headers.get('www-authenticate') ?? '';
  const match = /(?:^|[ ,])resource_metadata="([^"]*)"/.exec(header);
  if (!match?.[1]) throw new Error(`no resource_metadata in ${JSON.stringify(header)}`);
  return match[1];
}

/** RFC 9728 §3.1 read backwards: the resource identifier a metadata URL was made from. */
function resourceOf(metadataUrl: string): URL {
  const url = new URL(metadataUrl);
  expect(url.pathname.startsWith(WELL_KNOWN)).toBe(true);
  return new URL(url.pathname.slice(WELL_KNOWN.length) || '/', url.origin);
}

describe('a client that only knows an API URL (RFC 9728 §5)', () => {
  it('follows the 401 to the resource metadata, the authorization server, a token and the API', async () => {
    const apiUrl = `${server.url}/consumer/v1/me`;
    const refused = await fetch(apiUrl);
    expect(refused.status).toBe(401);
    const metadataUrl = resourceMetadataOf(refused);
    expect(metadataUrl).toBe(`${server.url}${WELL_KNOWN}/consumer/v1`);

    // RFC 9728 §3.3: the library checks that `resource` is the identifier it asked for.
    const resource = resourceOf(metadataUrl);
    const discovery = await oauth.resourceDiscoveryRequest(resource, insecure);
    expect(discovery.url).toBe(metadataUrl);
    const rs = await oauth.processResourceDiscoveryResponse(resource, discovery);
    expect(apiUrl.startsWith(rs.resource)).toBe(true);
    expect(rs.bearer_methods_supported).toEqual(['header']);

    const issuer = new URL(rs.authorization_servers?.[0] ?? '');
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
    );

    const user = new TestClient(server.url);
    const account = await signUp(user, 'Discovering User');
    const app = await createApp(user, { requireSecret: false, redirectUris: [REDIRECT_URI] });
    const client: oauth.Client = { client_id: app.clientId };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const authorizationUrl = new URL(String(as.authorization_endpoint));
    authorizationUrl.search = new URLSearchParams({
      response_type: 'code',
      client_id: app.clientId,
      redirect_uri: REDIRECT_URI,
      scope: rs.scopes_supported?.find((scope) => scope === 'read') ?? '',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();
    const answered = await authorize(user, Object.fromEntries(authorizationUrl.searchParams));
    const callback = oauth.validateAuthResponse(as, client, answered.location, state);
    const tokens = await oauth.processAuthorizationCodeResponse(
      as,
      client,
      await oauth.authorizationCodeGrantRequest(
        as,
        client,
        oauth.None(),
        callback,
        REDIRECT_URI,
        verifier,
        insecure,
      ),
    );

    const me = await oauth.protectedResourceRequest(
      tokens.access_token,
      'GET',
      new URL(apiUrl),
      undefined,
      undefined,
      insecure,
    );
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ id: account.id });
  });

  it('finds the GraphQL API’s own metadata from its 401', async () => {
    const refused = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer bnd_at_unknown' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", /);
    const metadataUrl = resourceMetadataOf(refused);
    expect(metadataUrl).toBe(`${server.url}${WELL_KNOWN}/graphql`);
    const resource = resourceOf(metadataUrl);
    const rs = await oauth.processResourceDiscoveryResponse(
      resource,
      await oauth.resourceDiscoveryRequest(resource, insecure),
    );
    expect(rs.resource).toBe(`${server.url}/graphql`);
    expect(rs.authorization_servers).toEqual([server.config.publicUrl]);
  });

  it('names the metadata in the challenge of a bad token and of a missing scope at REST', async () => {
    const expected = `resource_metadata="${server.url}${WELL_KNOWN}/consumer/v1"`;
    const bad = await fetch(`${server.url}/consumer/v1/notes`, {
      headers: { authorization: 'Bearer bnd_at_unknown' },
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", /);
    expect(bad.headers.get('www-authenticate')).toContain(expected);
    const { tokens } = await connectApp(server, 'write');
    const narrow = await fetch(`${server.url}/consumer/v1/notes`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(narrow.status).toBe(403);
    expect(narrow.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="read", ${expected}`,
    );
  });
});

describe('GET /.well-known/oauth-protected-resource (RFC 9728 §3)', () => {
  it.each([
    ['', 'Bnder API'],
    ['/consumer/v1', 'Bnder REST API'],
    ['/graphql', 'Bnder GraphQL API'],
  ])('describes the resource %s', async (path, name) => {
    const response = await fetch(`${server.url}${WELL_KNOWN}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const issuer = server.config.publicUrl;
    expect(await response.json()).toEqual({
      resource: `${issuer}${path}`,
      resource_name: name,
      authorization_servers: [issuer],
      scopes_supported: ['read', 'write', 'delete'],
      bearer_methods_supported: ['header'],
      resource_documentation: `${issuer}/developers/api`,
    });
  });

  it('answers a browser app from any origin, without credentials', async () => {
    const preflight = await fetch(`${server.url}${WELL_KNOWN}/consumer/v1`, {
      method: 'OPTIONS',
      headers: { origin: 'https://spa.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    const document = await fetch(`${server.url}${WELL_KNOWN}`, {
      headers: { origin: 'https://spa.example' },
    });
    expect(document.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers an unknown resource path with a 404', async () => {
    const response = await fetch(`${server.url}${WELL_KNOWN}/elsewhere`);
    expect(response.status).toBe(404);
  });
});
