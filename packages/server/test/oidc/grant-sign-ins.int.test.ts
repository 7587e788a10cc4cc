import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestClient } from '../helpers/client.js';
import { pendingCode, postAsApp, type TestApp } from '../helpers/oauth.js';
import { useTestServer, type TestServer } from '../helpers/server.js';
import { userWithApp } from '../oauth/support.js';
import { eventually } from './support.js';

type Tokens = { access_token: string; refresh_token: string; id_token?: string };

/**
 * An OpenID grant over HTTP: the user authorizes `openid read` and the app exchanges the code.
 * The grant's sign-in row is keyed by the code's SHA-256, which only the test can work out.
 */
async function openIdGrant(server: TestServer, user: TestClient, app: TestApp) {
  const pending = await pendingCode(user, app, { scope: 'openid read' });
  const answer = await postAsApp(server, app, '/oauth/token', {
    grant_type: 'authorization_code',
    code: pending.code,
    redirect_uri: pending.redirectUri,
    code_verifier: pending.verifier,
  });
  expect(answer.status).toBe(200);
  const tokens = (await answer.json()) as Tokens;
  const grantId = createHash('sha256').update(pending.code).digest('hex');
  return { tokens, grantId };
}

/** Whether the grant's row is in `oidc_grant_sign_ins`, read straight from the database. */
async function signInKept(server: TestServer, grantId: string): Promise<boolean> {
  const rows: { n: number | string }[] = await server.db.query(
    'SELECT COUNT(*) AS n FROM oidc_grant_sign_ins WHERE grant_id = ?',
    [grantId],
  );
  return Number(rows[0]?.n) === 1;
}

const refresh = (server: TestServer, app: TestApp, refreshToken: string) =>
  postAsApp(server, app, '/oauth/token', {
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
  });

const authTimeOf = (idToken: string | undefined) =>
  (
    JSON.parse(Buffer.from((idToken ?? '').split('.')[1] ?? '', 'base64url').toString()) as {
      auth_time: number;
    }
  ).auth_time;

describe("a grant's sign-in record (OpenID Connect Core §12.2)", () => {
  const server = useTestServer();

  it('stays while the grant is refreshed, and keeps auth_time', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { tokens, grantId } = await openIdGrant(server, client, app);
    const refreshed = await refresh(server, app, tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const body = (await refreshed.json()) as Tokens;
    expect(authTimeOf(body.id_token)).toBe(authTimeOf(tokens.id_token));
    expect(await signInKept(server, grantId)).toBe(true);
  });

  it('goes when the user revokes the app’s access', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { grantId } = await openIdGrant(server, client, app);
    expect(await signInKept(server, grantId)).toBe(true);
    const revoked = await client.gql(
      'mutation($c: String!) { revokeAuthorizedOAuthApp(clientId: $c) }',
      { c: app.clientId },
    );
    expect(revoked.errors).toBeUndefined();
    expect(await signInKept(server, grantId)).toBe(false);
  });

  it('goes when the owner deletes the app', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { grantId } = await openIdGrant(server, client, app);
    const deleted = await client.gql('mutation($c: String!) { deleteOAuthApp(clientId: $c) }', {
      c: app.clientId,
    });
    expect(deleted.errors).toBeUndefined();
    expect(await signInKept(server, grantId)).toBe(false);
  });

  it('goes when the owner rotates the secret, which signs every session out', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const { grantId } = await openIdGrant(server, client, app);
    const rotated = await client.gql(
      'mutation($c: String!) { rotateOAuthAppSecret(clientId: $c) { clientSecret } }',
      { c: app.clientId },
    );
    expect(rotated.errors).toBeUndefined();
    expect(await signInKept(server, grantId)).toBe(false);
  });

  it('goes when a replayed refresh token revokes the chain', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { tokens, grantId } = await openIdGrant(server, client, app);
    expect((await refresh(server, app, tokens.refresh_token)).status).toBe(200);
    const replayed = await refresh(server, app, tokens.refresh_token);
    expect(((await replayed.json()) as { error: string }).error).toBe('invalid_grant');
    expect(await signInKept(server, grantId)).toBe(false);
  });

  it('goes when the client revokes its refresh token (RFC 7009 §2.1)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { tokens, grantId } = await openIdGrant(server, client, app);
    const revoked = await postAsApp(server, app, '/oauth/revoke', {
      token: tokens.refresh_token,
    });
    expect(revoked.status).toBe(200);
    expect(await signInKept(server, grantId)).toBe(false);
  });
});

describe('the sign-in record of a grant whose tokens expired', () => {
  // Refresh tokens that live one second, so the test can outwait them.
  const server = useTestServer({ REFRESH_TOKEN_TTL: '1' });

  it('is swept once every refresh token of the grant has expired', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const { tokens, grantId } = await openIdGrant(server, client, app);
    await new Promise((done) => setTimeout(done, 1_500));
    const expired = await refresh(server, app, tokens.refresh_token);
    expect(((await expired.json()) as { error: string }).error).toBe('invalid_grant');
    // Another sign-in is what sweeps, in the background.
    await openIdGrant(server, client, app);
    await eventually(async () => !(await signInKept(server, grantId)), 'the expired row swept');
  });
});
