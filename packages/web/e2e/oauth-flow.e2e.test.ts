import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createApp, pkcePair, postAsApp, type TestApp } from '../../../tooling/testkit/index.mjs';
import { newAccount, signUp } from './helpers/accounts';
import { pageSession } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

type ClientPage = { status: number; html: string; location?: string };

/**
 * A tiny confidential client on a loopback port, as an integration would be written: it sends
 * the browser to the authorize link (PKCE S256, state), exchanges the code with its secret
 * (client_secret_basic), keeps the tokens server-side and calls the Bnder API with them.
 */
class TestClientApp {
  private readonly http: Server;
  private readonly pending = new Map<string, string>();
  private accessToken: string | null = null;
  app: TestApp | null = null;
  url = '';

  constructor(private readonly bnder: string) {
    this.http = createServer((request, response) => {
      void this.route(new URL(request.url ?? '/', this.url))
        .catch((error: unknown) => ({ status: 500, html: `<p>${String(error)}</p>` }))
        .then(({ status, html, location }: ClientPage) => {
          if (location) response.writeHead(302, { location });
          else response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
          response.end(location ? undefined : `<!doctype html><title>Test client</title>${html}`);
        });
    });
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.http.close(() => resolve()));
  }

  get redirectUri(): string {
    return `${this.url}/callback`;
  }

  private async route(url: URL): Promise<ClientPage> {
    if (url.pathname === '/') return { status: 200, html: '<a href="/connect">Connect Bnder</a>' };
    if (url.pathname === '/connect')
      return { status: 302, html: '', location: this.authorizeLink() };
    if (url.pathname === '/callback') return this.callback(url);
    if (url.pathname === '/profile') return this.profile();
    return { status: 404, html: 'Not found' };
  }

  private authorizeLink(): string {
    const state = randomBytes(16).toString('base64url');
    const { verifier, challenge } = pkcePair();
    this.pending.set(state, verifier);
    const link = new URL('/oauth/authorize', this.bnder);
    link.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.app?.clientId ?? '',
      redirect_uri: this.redirectUri,
      scope: 'read',
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return link.toString();
  }

  private async callback(url: URL): Promise<ClientPage> {
    const verifier = this.pending.get(url.searchParams.get('state') ?? '');
    const code = url.searchParams.get('code');
    if (!verifier || !code || url.searchParams.get('iss') !== this.bnder) {
      return { status: 400, html: `<p role="alert">Bad callback: ${url.search}</p>` };
    }
    // client_secret_basic (RFC 6749 §2.3.1), as the app is confidential.
    const response = await postAsApp(this.bnder, this.app as TestApp, '/oauth/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.redirectUri,
      code_verifier: verifier,
    });
    const tokens = (await response.json()) as { access_token?: string; error?: string };
    if (!tokens.access_token) return { status: 502, html: `<p>Token error: ${tokens.error}</p>` };
    this.accessToken = tokens.access_token;
    return this.profile();
  }

  /** Reads /consumer/v1/me with the stored token and shows what the API answered. */
  private async profile(): Promise<ClientPage> {
    const response = await fetch(new URL('/consumer/v1/me', this.bnder), {
      headers: { authorization: `Bearer ${this.accessToken ?? ''}` },
    });
    if (response.status !== 200) {
      const challenge = response.headers.get('www-authenticate') ?? '';
      return {
        status: 200,
        html: `<p id="api">Bnder API answered ${response.status} ${challenge}</p>`,
      };
    }
    const me = (await response.json()) as { display_name: string };
    return { status: 200, html: `<p id="api">Connected as ${me.display_name}</p>` };
  }
}

describe('an integration authorized and revoked in the browser', () => {
  const suite = setUpBrowserSuite();
  let page: Page;
  let client: TestClientApp;

  beforeAll(async () => {
    ({ page } = suite);
    client = new TestClientApp(suite.server.baseUrl);
    await client.start();
  });

  afterAll(async () => {
    await client?.stop();
  });

  it('authorizes the client, which reads the profile, until the user revokes access', async () => {
    await signUp(page, newAccount('Katherine Johnson'));
    // The user registers the integration with their session, as the settings page does.
    client.app = await createApp(pageSession(page), {
      name: 'Orbit Planner',
      redirectUris: [client.redirectUri],
      requireSecret: true,
    });

    // The client sends the browser to the authorize link; the user consents.
    await page.goto(client.url);
    await page.getByRole('link', { name: 'Connect Bnder' }).click();
    await page.waitForURL(/\/oauth\/consent\?request_id=/);
    await page.getByRole('heading', { name: 'Authorize Orbit Planner' }).waitFor();
    await page.getByRole('button', { name: 'Authorize' }).click();

    // Back on the client: it exchanged the code and read /consumer/v1/me.
    await page.waitForURL(`${client.url}/callback?**`);
    expect(await page.locator('#api').innerText()).toBe('Connected as Katherine Johnson');

    // The user revokes the app's access from Authorized OAuth Applications.
    await page.goto('/settings/authorized-apps');
    const card = page.getByRole('listitem').filter({ hasText: 'Orbit Planner' });
    await card.getByRole('button', { name: 'Revoke access' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke access' }).click();
    await card.waitFor({ state: 'detached' });

    // The client's next call with its token gets 401.
    await page.goto(`${client.url}/profile`);
    expect(await page.locator('#api').innerText()).toMatch(
      /^Bnder API answered 401 Bearer error="invalid_token"/,
    );
  });
});
