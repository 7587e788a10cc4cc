import { describe, expect, it } from 'vitest';
import { pkcePair } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { activityOf, exchange, introspect, pendingCode, post, userWithApp } from './support.js';

const server = useTestServer();

type Issued = Awaited<ReturnType<typeof pendingCode>>;

/** Ways to redeem a code wrongly, each as the token request's own parameters. */
const FAILED_REDEMPTIONS: [string, (issued: Issued) => Record<string, string>][] = [
  [
    'a wrong code_verifier',
    (i) => ({ redirect_uri: i.redirectUri, code_verifier: pkcePair().verifier }),
  ],
  ['no code_verifier', (i) => ({ redirect_uri: i.redirectUri })],
  ['a malformed code_verifier', (i) => ({ redirect_uri: i.redirectUri, code_verifier: 'short' })],
  [
    'a mismatched redirect_uri',
    (i) => ({ redirect_uri: 'https://client.example.test/other', code_verifier: i.verifier }),
  ],
  ['no redirect_uri', (i) => ({ code_verifier: i.verifier })],
];

describe('POST /oauth/token: a failed code redemption spends the code (RFC 9700 §4.5)', () => {
  it.each(FAILED_REDEMPTIONS)('refuses the right values after %s', async (_label, wrongParams) => {
    const { client, app } = await userWithApp(server, { requireSecret: false });
    const issued = await pendingCode(client, app);
    const failed = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: issued.code,
      ...wrongParams(issued),
    });
    expect(failed.status).toBe(400);
    const retried = await exchange(server, app, issued);
    expect(retried.status).toBe(400);
    expect(retried.body.error).toBe('invalid_grant');
  });

  it('refuses its own client after another client presented the code', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const intruder = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    expect((await exchange(server, intruder.app, issued)).body.error).toBe('invalid_grant');
    const retried = await exchange(server, app, issued);
    expect(retried.status).toBe(400);
    expect(retried.body.error).toBe('invalid_grant');
  });
});

describe('POST /oauth/token: whose code it is is checked before whether it was used', () => {
  it("leaves the owner's tokens alone when another client presents a used code", async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const intruder = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const tokens = await exchange(server, app, issued);
    expect(tokens.status).toBe(200);

    const foreign = await exchange(server, intruder.app, issued);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toBe('invalid_grant');
    expect(await introspect(server, app, String(tokens.body.access_token))).toMatchObject({
      active: true,
    });
    expect(await activityOf(client, app)).not.toContain('CODE_REPLAY');
  });

  it('revokes what the code issued when its own client presents it again (RFC 6749 §4.1.2)', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const issued = await pendingCode(client, app);
    const tokens = await exchange(server, app, issued);
    const replay = await post(server, app, '/oauth/token', {
      grant_type: 'authorization_code',
      code: issued.code,
      redirect_uri: issued.redirectUri,
      code_verifier: pkcePair().verifier,
    });
    expect(replay.body.error).toBe('invalid_grant');
    expect(await introspect(server, app, String(tokens.body.access_token))).toEqual({
      active: false,
    });
    expect(await activityOf(client, app)).toContain('CODE_REPLAY');
  });

  it('leaves a refresh token alone when another client presents it, like a code', async () => {
    const { client, app } = await userWithApp(server, { requireSecret: true });
    const intruder = await userWithApp(server, { requireSecret: true });
    const tokens = await exchange(server, app, await pendingCode(client, app));
    const refreshToken = String(tokens.body.refresh_token);
    const foreign = await post(server, intruder.app, '/oauth/token', {
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    });
    expect(foreign.body.error).toBe('invalid_grant');
    expect(await introspect(server, app, refreshToken)).toMatchObject({ active: true });
  });
});
