import { randomBytes } from 'node:crypto';
import { basicAuthorization } from '../../tooling/client-auth.mjs';

/** A browser's worth of HTTP: one cookie jar, redirects not followed, same-origin Origin header. */
export class Browser {
  cookies = new Map();

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  async fetch(path, init = {}) {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    return response;
  }

  async gql(query, variables) {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: this.baseUrl },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (!body.data) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body)}`);
    return body.data;
  }
}

export const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email displayName } }`;
export const CREATE_APP = `mutation($input: CreateOAuthAppInput!) {
  createOAuthApp(input: $input) { app { clientId } clientSecret }
}`;
export const APPROVE = `mutation($id: ID!) { approveAuthorization(requestId: $id) { redirectTo } }`;

/** RFC 6749 §2.3.1 Basic client authentication, from the one shared encoder. */
export const basicAuth = basicAuthorization;

/** POSTs a form to an OAuth endpoint with the app's Basic client authentication. */
export async function postForm(baseUrl, path, authorization, params) {
  const response = await fetch(new URL(path, baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, body: await response.json() };
}

/**
 * What a user and an integration do, over HTTP: sign up, create a confidential app, authorize it
 * (authorize link → consent → approve), exchange the code. Returns the ids and real tokens the
 * benchmark builds on; the authorization row now exists.
 */
export async function setUpAccountAndApp(baseUrl, { scope, redirectUri }) {
  const browser = new Browser(baseUrl);
  const email = `bench.${Date.now()}.${randomBytes(4).toString('hex')}@example.test`;
  const { signUp: user } = await browser.gql(SIGN_UP, {
    input: { email, password: randomBytes(12).toString('base64url'), displayName: 'Bench User' },
  });
  const { createOAuthApp } = await browser.gql(CREATE_APP, {
    input: { name: 'Bench integration', redirectUris: [redirectUri], requireSecret: true },
  });
  const clientId = createOAuthApp.app.clientId;
  const auth = basicAuth(clientId, createOAuthApp.clientSecret);

  const query = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope,
    state: randomBytes(8).toString('hex'),
  });
  const authorize = await browser.fetch(`/oauth/authorize?${query}`);
  const consent = new URL(authorize.headers.get('location') ?? '', baseUrl);
  const requestId = consent.searchParams.get('request_id');
  if (authorize.status !== 302 || consent.pathname !== '/oauth/consent' || !requestId) {
    throw new Error(`authorize answered ${authorize.status} ${consent.pathname}`);
  }
  const { approveAuthorization } = await browser.gql(APPROVE, { id: requestId });
  const code = new URL(approveAuthorization.redirectTo).searchParams.get('code');
  if (!code) throw new Error('approveAuthorization redirected without a code');

  const exchange = await postForm(baseUrl, '/oauth/token', auth, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
  });
  if (exchange.status !== 200) throw new Error(`code exchange: ${JSON.stringify(exchange.body)}`);
  return {
    userId: user.id,
    clientId,
    auth,
    accessToken: exchange.body.access_token,
    refreshToken: exchange.body.refresh_token,
  };
}
