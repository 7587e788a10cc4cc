import { describe, expect, it } from 'vitest';
import { obtainTokens } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { basic, pendingCode, post, postRaw, userWithApp } from './support.js';

const server = useTestServer();

describe('POST /oauth/token: client authentication', () => {
  async function codeFor(requireSecret: boolean) {
    const setup = await userWithApp(server, { requireSecret });
    const issued = await pendingCode(setup.client, setup.app);
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
      code_verifier: issued.verifier,
    });
    return { ...setup, form };
  }

  it('accepts client_secret_basic with form-urlencoded credentials', async () => {
    const { app, form } = await codeFor(true);
    const response = await postRaw(server, '/oauth/token', form.toString(), {
      authorization: basic(app.clientId, app.clientSecret ?? ''),
    });
    expect(response.status).toBe(200);
  });

  it('accepts client_secret_post', async () => {
    const { app, form } = await codeFor(true);
    form.set('client_id', app.clientId);
    form.set('client_secret', app.clientSecret ?? '');
    expect((await postRaw(server, '/oauth/token', form.toString())).status).toBe(200);
  });

  it('refuses both methods at once', async () => {
    const { app, form } = await codeFor(true);
    form.set('client_secret', app.clientSecret ?? '');
    const response = await postRaw(server, '/oauth/token', form.toString(), {
      authorization: basic(app.clientId, app.clientSecret ?? ''),
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });

  it('answers invalid_client 401 to a confidential client without its secret', async () => {
    const { app, form } = await codeFor(true);
    form.set('client_id', app.clientId);
    const response = await postRaw(server, '/oauth/token', form.toString());
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
    // RFC 9110 §15.5.2: every 401 carries a challenge, Basic being what the client should use.
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic realm="bnder"/);
  });

  it('answers invalid_client 401 with WWW-Authenticate to a wrong Basic secret', async () => {
    const { app, form } = await codeFor(true);
    const response = await postRaw(server, '/oauth/token', form.toString(), {
      authorization: basic(app.clientId, 'bnd_cs_wrong'),
    });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers invalid_client 401 to a public client that sends a secret', async () => {
    const { app, form } = await codeFor(false);
    form.set('client_id', app.clientId);
    form.set('client_secret', 'bnd_cs_anything');
    const response = await postRaw(server, '/oauth/token', form.toString());
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('answers invalid_client 401 to an unknown client and to no client at all', async () => {
    const { form } = await codeFor(false);
    const anonymous = await postRaw(server, '/oauth/token', form.toString());
    expect(anonymous.status).toBe(401);
    form.set('client_id', 'no-such-client');
    const unknown = await postRaw(server, '/oauth/token', form.toString());
    expect(unknown.status).toBe(401);
    expect(unknown.body.error).toBe('invalid_client');
  });

  it('refuses a secret in the query string, even the right one', async () => {
    const { app, form } = await codeFor(true);
    form.set('client_id', app.clientId);
    const query = new URLSearchParams({ client_secret: app.clientSecret ?? '' });
    const response = await postRaw(server, `/oauth/token?${query}`, form.toString());
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });

  it('refuses a deleted app with invalid_client', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    await client.gql('mutation($id: String!) { deleteOAuthApp(clientId: $id) }', {
      id: app.clientId,
    });
    const response = await post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });
});

describe('POST /oauth/token rate limits', () => {
  const limited = useTestServer({
    RATE_LIMITS: 'on',
    RATE_LIMIT_CLIENT_AUTH: '2/60',
    RATE_LIMIT_TOKEN: '3/60',
  });

  it('answers 429 with Retry-After after repeated failed client authentication', async () => {
    const { app } = await userWithApp(limited, { requireSecret: true });
    const body = 'grant_type=refresh_token&refresh_token=x';
    const wrong = { authorization: basic(app.clientId, 'bnd_cs_wrong') };
    for (let i = 0; i < 2; i += 1)
      expect((await postRaw(limited, '/oauth/token', body, wrong)).status).toBe(401);
    const blocked = await postRaw(limited, '/oauth/token', body, {
      authorization: basic(app.clientId, app.clientSecret ?? ''),
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 with Retry-After past the per-client token request limit', async () => {
    const { app } = await userWithApp(limited, { requireSecret: false });
    const body = `client_id=${app.clientId}&grant_type=refresh_token&refresh_token=x`;
    for (let i = 0; i < 3; i += 1)
      expect((await postRaw(limited, '/oauth/token', body)).body.error).toBe('invalid_grant');
    const blocked = await postRaw(limited, '/oauth/token', body);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
