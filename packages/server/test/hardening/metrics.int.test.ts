import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCredentials } from '../credentials/support.js';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp, obtainTokens } from '../helpers/oauth.js';
import { freePort } from '../helpers/server-process.js';
import { startTestServer, useTestServer, type TestServer } from '../helpers/server.js';
import { post } from '../oauth/support.js';

const METRICS_TOKEN = 'a-long-random-scrape-token-for-tests';

const scrape = (url: string, authorization?: string) =>
  fetch(`${url}/metrics`, { headers: authorization ? { authorization } : {} });

describe('GET /metrics on the main port with METRICS_TOKEN', () => {
  const server = useTestServer({ METRICS_TOKEN, RATE_LIMIT_CREDENTIALS: '1/600' });

  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer not-the-scrape-token'],
    ['the token with another scheme', `Basic ${METRICS_TOKEN}`],
  ])('refuses %s with 401', async (_label, authorization) => {
    const response = await scrape(server.url, authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });

  it('shows requests per route pattern, token outcomes, refusals, revocations and the database', async () => {
    const owner = new TestClient(server.url);
    const user = await signUp(owner, 'Olive Owner');
    const app = await createApp(owner, { requireSecret: true });
    const tokens = await obtainTokens(server, owner, app, 'read');
    await post(server, app, '/oauth/token', { grant_type: 'refresh_token', refresh_token: 'nope' });
    await reportCredentials(server, { credentials: [tokens.refresh_token] });
    await reportCredentials(server, { credentials: ['bnd_at_x'] });
    const noteId = 'a3c1e6d2-0000-4000-8000-000000000000';
    await fetch(`${server.url}/consumer/v1/notes/${noteId}?secret=${tokens.access_token}`);

    const response = await scrape(server.url, `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(
      /bnder_http_request_duration_seconds_count\{method="POST",route="\/oauth\/token",status="200"\} \d+/,
    );
    expect(text).toContain('route="/consumer/v1/notes/:id"');
    expect(text).toMatch(
      /bnder_oauth_token_requests_total\{grant_type="authorization_code",error="none"\} 1/,
    );
    expect(text).toMatch(
      /bnder_oauth_token_requests_total\{grant_type="refresh_token",error="invalid_grant"\} 1/,
    );
    expect(text).toMatch(/bnder_rate_limit_refusals_total\{limit="credentialReports"\} 1/);
    expect(text).toMatch(/bnder_revocations_total\{cause="token_leaked"\} 1/);
    expect(text).toMatch(/bnder_database_pool_connections\{state="busy"\} \d+/);
    expect(text).toMatch(/bnder_database_node_info\{node="[^"]+"\} 1/);
    for (const secret of [
      tokens.access_token,
      tokens.refresh_token,
      app.clientId,
      app.clientSecret ?? '',
      user.email,
      noteId,
    ])
      expect(text).not.toContain(secret);
  });
});

describe('GET /metrics with METRICS_PORT', () => {
  let server: TestServer;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    server = await startTestServer({ METRICS_PORT: String(port) });
  });
  afterAll(async () => server.close());

  it('answers on its own listener without a token, and not on the main port', async () => {
    const response = await scrape(`http://127.0.0.1:${port}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('# TYPE bnder_http_request_duration_seconds histogram');
    expect((await scrape(server.url)).status).toBe(404);
  });
});

describe('without METRICS_PORT or METRICS_TOKEN', () => {
  it('has no /metrics', async () => {
    const server = await startTestServer();
    try {
      expect((await scrape(server.url, `Bearer ${METRICS_TOKEN}`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
