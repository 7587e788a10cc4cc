import { describe, expect, it } from 'vitest';
import { obtainTokens, type TestApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf, introspect, post, userWithApp, viewerWith } from './support.js';

const server = useTestServer();

describe('POST /oauth/token: refresh_token', () => {
  async function refresh(app: TestApp, refreshToken: string, scope?: string) {
    return post(server, app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      ...(scope ? { scope } : {}),
    });
  }

  it('rotates the refresh token on every use', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const first = await obtainTokens(server, client, app, 'read write');
    const second = await refresh(app, first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe('no-store');
    expect(second.body).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(second.body.access_token).not.toBe(first.access_token);
    expect(await introspect(server, app, first.refresh_token)).toEqual({ active: false });
    const third = await refresh(app, String(second.body.refresh_token));
    expect(third.status).toBe(200);
  });

  it('revokes the whole chain when an old refresh token is reused, and records it', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const first = await obtainTokens(server, client, app, 'read');
    const second = await refresh(app, first.refresh_token);
    const newAccess = String(second.body.access_token);
    expect((await viewerWith(server, newAccess)).status).toBe(200);

    const reuse = await refresh(app, first.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    expect((await viewerWith(server, newAccess)).status).toBe(401);
    expect((await viewerWith(server, first.access_token)).status).toBe(401);
    expect((await refresh(app, String(second.body.refresh_token))).body.error).toBe(
      'invalid_grant',
    );
    expect(await activityOf(client, app)).toContain('REFRESH_TOKEN_REUSE');
  });

  it('lets at most one of many racing refreshes succeed, and refuses the rest cleanly', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    // Enough at once that some pass the look-up together and meet at the unique key.
    const results = await Promise.all(
      Array.from({ length: 8 }, () => refresh(app, tokens.refresh_token)),
    );
    expect(results.filter((r) => r.status === 200).length).toBeLessThanOrEqual(1);
    for (const refused of results.filter((r) => r.status !== 200)) {
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ error: 'invalid_grant' });
    }
  });

  it('may narrow the scope of the new access token', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read write delete');
    const narrowed = await refresh(app, tokens.refresh_token, 'read');
    expect(narrowed.status).toBe(200);
    expect(narrowed.body.scope).toBe('read');
    expect(await introspect(server, app, String(narrowed.body.access_token))).toMatchObject({
      scope: 'read',
    });
    // RFC 6749 §6: the new refresh token keeps the original scope.
    const again = await refresh(app, String(narrowed.body.refresh_token));
    expect(again.body.scope).toBe('read write delete');
  });

  it.each([
    ['a scope never granted', 'read write'],
    ['an unknown scope', 'admin'],
  ])('refuses to widen with %s', async (_label, scope) => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const widened = await refresh(app, tokens.refresh_token, scope);
    expect(widened.status).toBe(400);
    expect(widened.body.error).toBe('invalid_scope');
    expect((await refresh(app, tokens.refresh_token)).status).toBe(200);
  });

  it('works only for the client it was issued to', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const other = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    const stolen = await refresh(other.app, tokens.refresh_token);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error).toBe('invalid_grant');
    expect((await refresh(app, tokens.refresh_token)).status).toBe(200);
  });

  it('refuses an access token presented as a refresh token', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const tokens = await obtainTokens(server, client, app, 'read');
    expect((await refresh(app, tokens.access_token)).body.error).toBe('invalid_grant');
  });
});
