import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBnderDatabase } from '../../src/composition/entities.js';
import { buildApp } from '../../src/composition/app.js';
import { createServices } from '../../src/composition/services.js';
import { connectApp, rest, signedInUser, type Connection } from '../api/rest.js';
import { TestClient } from '../helpers/client.js';
import {
  obtainTokens,
  pendingCode,
  postAsApp,
  type PendingCode,
  type TestApp,
  type TokenResponse,
} from '../helpers/oauth.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
/** A second server instance on the same database: sign-outs must hold there too. */
let second: { url: string; app: FastifyInstance; db: DataSource };

beforeAll(async () => {
  server = await startTestServer();
  const db = await openBnderDatabase(server.config.databaseUrl);
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  const app = await buildApp(createServices(server.config, db), discard);
  second = { url: await app.listen({ port: 0, host: '127.0.0.1' }), app, db };
});
afterAll(async () => {
  await second.app.close();
  await second.db.destroy();
  await server.close();
});

type Session = { user: TestClient; tokens: TokenResponse; code: PendingCode };

/** Two users connected to one app, each with tokens and a pending code. */
async function twoSessions(requireSecret: boolean) {
  const first: Connection = await connectApp(server, 'read write', { requireSecret });
  const otherUser = await signedInUser(server, 'Second User');
  const sessions: Session[] = [
    { user: first.user, tokens: first.tokens, code: await pendingCode(first.user, first.app) },
    {
      user: otherUser,
      tokens: await obtainTokens(server, otherUser, first.app, 'read'),
      code: await pendingCode(otherUser, first.app),
    },
  ];
  for (const { tokens } of sessions) {
    expect((await rest(server, tokens.access_token, 'GET', '/me')).status).toBe(200);
  }
  return { owner: first.owner, app: first.app, sessions };
}

async function refresh(app: TestApp, token: string) {
  const response = await postAsApp(server, app, '/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: token,
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

async function exchange(app: TestApp, pending: PendingCode) {
  const response = await postAsApp(server, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code: pending.code,
    redirect_uri: pending.redirectUri,
    code_verifier: pending.verifier,
  });
  return { status: response.status, body: (await response.json()) as { error?: string } };
}

/** The access token is refused on every instance, at the next request. */
async function expectAccessRefused(session: Session) {
  for (const url of [server.url, second.url]) {
    const me = await rest({ url }, session.tokens.access_token, 'GET', '/me');
    expect(me.status).toBe(401);
    expect(me.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
  }
}

async function gqlOk<T>(client: TestClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql<T>(query, variables);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

describe('signing out an app’s sessions', () => {
  it('rotating the secret ends every token and pending code of the app', async () => {
    const { owner, app, sessions } = await twoSessions(true);
    const rotated = await gqlOk<{ rotateOAuthAppSecret: { clientSecret: string } }>(
      owner,
      `mutation($c: String!) { rotateOAuthAppSecret(clientId: $c) { clientSecret } }`,
      { c: app.clientId },
    );
    const withNewSecret = { ...app, clientSecret: rotated.rotateOAuthAppSecret.clientSecret };
    for (const session of sessions) {
      await expectAccessRefused(session);
      const old = await refresh(app, session.tokens.refresh_token);
      expect([old.status, old.body.error]).toEqual([401, 'invalid_client']);
      const renewed = await refresh(withNewSecret, session.tokens.refresh_token);
      expect([renewed.status, renewed.body.error]).toEqual([400, 'invalid_grant']);
      const code = await exchange(withNewSecret, session.code);
      expect([code.status, code.body.error]).toEqual([400, 'invalid_grant']);
    }
    // Connected integrations authorize again with the new secret.
    const again = await obtainTokens(server, sessions[0]!.user, withNewSecret, 'read');
    expect((await rest(server, again.access_token, 'GET', '/me')).status).toBe(200);
  });

  it('turning Require a client secret off ends every token and pending code of the app', async () => {
    const { owner, app, sessions } = await twoSessions(true);
    await gqlOk(
      owner,
      `mutation($c: String!) { setOAuthAppRequireSecret(clientId: $c, requireSecret: false) { clientSecret } }`,
      { c: app.clientId },
    );
    const asPublic = { ...app, clientSecret: null, requireSecret: false };
    for (const session of sessions) {
      await expectAccessRefused(session);
      const old = await refresh(app, session.tokens.refresh_token);
      expect([old.status, old.body.error]).toEqual([401, 'invalid_client']);
      const renewed = await refresh(asPublic, session.tokens.refresh_token);
      expect([renewed.status, renewed.body.error]).toEqual([400, 'invalid_grant']);
      const code = await exchange(asPublic, session.code);
      expect([code.status, code.body.error]).toEqual([400, 'invalid_grant']);
    }
  });

  it('deleting the app breaks its unexpired tokens and its codes: invalid_client', async () => {
    const { owner, app, sessions } = await twoSessions(false);
    await gqlOk(owner, `mutation($c: String!) { deleteOAuthApp(clientId: $c) }`, {
      c: app.clientId,
    });
    for (const session of sessions) {
      await expectAccessRefused(session);
      const renewed = await refresh(app, session.tokens.refresh_token);
      expect([renewed.status, renewed.body.error]).toEqual([401, 'invalid_client']);
      const code = await exchange(app, session.code);
      expect([code.status, code.body.error]).toEqual([401, 'invalid_client']);
    }
  });

  it('the user revoking access ends that user’s tokens and codes only', async () => {
    const { app, sessions } = await twoSessions(true);
    const [revoker, bystander] = sessions as [Session, Session];
    await gqlOk(revoker.user, `mutation($c: String!) { revokeAuthorizedOAuthApp(clientId: $c) }`, {
      c: app.clientId,
    });
    await expectAccessRefused(revoker);
    const renewed = await refresh(app, revoker.tokens.refresh_token);
    expect([renewed.status, renewed.body.error]).toEqual([400, 'invalid_grant']);
    const code = await exchange(app, revoker.code);
    expect([code.status, code.body.error]).toEqual([400, 'invalid_grant']);

    for (const url of [server.url, second.url]) {
      const me = await rest({ url }, bystander.tokens.access_token, 'GET', '/me');
      expect(me.status).toBe(200);
    }
    expect((await refresh(app, bystander.tokens.refresh_token)).status).toBe(200);
    expect((await exchange(app, bystander.code)).status).toBe(200);
  });
});
