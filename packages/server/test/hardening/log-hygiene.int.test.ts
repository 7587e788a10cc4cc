import { describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, signUp } from '../helpers/client.js';
import {
  DEFAULT_REDIRECT_URI,
  authorize,
  createApp,
  obtainTokens,
  pkcePair,
  postAsApp,
} from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';
import { graphql } from '../gql/index.js';

const server = useTestServer({ LOG_LEVEL: 'debug' });

describe('the server log after a full flow', () => {
  it('holds no password, session id, client secret, code or token, and is JSON with a request id', async () => {
    const issued: string[] = [PASSWORD];
    const owner = new TestClient(server.url);
    const user = await signUp(owner);
    issued.push(owner.cookie('bnder_session') ?? '');
    await new TestClient(server.url).gql(
      `mutation($i: SignInInput!) { signIn(input: $i) { id } }`,
      {
        i: { email: user.email, password: 'a wrong password' },
      },
    );

    const app = await createApp(owner, { requireSecret: true });
    issued.push(app.clientSecret ?? '');
    const revealed = await owner.gql(
      graphql(`
        mutation LogHygieneRevealOAuthAppSecret($id: String!) {
          revealOAuthAppSecret(clientId: $id) {
            clientSecret
          }
        }
      `),
      { id: app.clientId },
    );
    expect(revealed.data?.revealOAuthAppSecret.clientSecret).toBe(app.clientSecret);

    // A secret wrongly put in an authorize link must not reach the log through the URL.
    await owner.fetch(
      `/oauth/authorize?${new URLSearchParams({ client_id: app.clientId, client_secret: app.clientSecret ?? '', response_type: 'code', scope: 'read', redirect_uri: DEFAULT_REDIRECT_URI })}`,
    );

    const { challenge } = pkcePair();
    const codeOnly = await authorize(owner, {
      response_type: 'code',
      client_id: app.clientId,
      redirect_uri: DEFAULT_REDIRECT_URI,
      scope: 'read',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    issued.push(codeOnly.code ?? '');
    await postAsApp(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: codeOnly.code ?? '',
      redirect_uri: DEFAULT_REDIRECT_URI,
    });

    const tokens = await obtainTokens(server, owner, app, 'read write');
    issued.push(tokens.access_token, tokens.refresh_token);
    await documentedFetch(`${server.url}/consumer/v1/me`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    await documentedFetch(`${server.url}/consumer/v1/me?access_token=${tokens.access_token}`);
    const refreshed = (await (
      await postAsApp(server, app, '/oauth/token', {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
      })
    ).json()) as { access_token: string; refresh_token: string };
    issued.push(refreshed.access_token, refreshed.refresh_token);
    await postAsApp(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: tokens.refresh_token,
    });
    await postAsApp(server, app, '/oauth/introspect', { token: refreshed.access_token });
    await postAsApp(server, app, '/oauth/revoke', { token: refreshed.refresh_token });

    const rotated = await owner.gql(
      graphql(`
        mutation LogHygieneRotateOAuthAppSecret($id: String!) {
          rotateOAuthAppSecret(clientId: $id) {
            clientSecret
          }
        }
      `),
      { id: app.clientId },
    );
    issued.push(rotated.data?.rotateOAuthAppSecret.clientSecret ?? '');
    await owner.gql('mutation { signOut }');

    expect(issued.filter((s) => s.length < 16)).toEqual([]);
    const log = server.logs.join('');
    for (const secret of issued) expect(log).not.toContain(secret);

    const lines = log.split('\n').filter((line) => line.trim() !== '');
    expect(lines.length).toBeGreaterThan(15);
    for (const line of lines) {
      const entry = JSON.parse(line) as { reqId?: string; msg?: string };
      // Every line written while serving a request carries its id.
      if (!/listening/i.test(entry.msg ?? '')) expect(entry.reqId).toEqual(expect.any(String));
    }
    // The authorize request's line: method, path without the query, status and time, no more.
    const authorizeLine = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((entry) => entry.msg === 'request completed' && entry.path === '/oauth/authorize');
    expect(authorizeLine).toMatchObject({
      method: 'GET',
      remoteAddress: expect.any(String),
      statusCode: expect.any(Number),
      responseTime: expect.any(Number),
    });
  });
});
