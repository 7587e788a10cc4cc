import { createHash, randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signIn, signUp, type TestAccount } from './helpers/accounts';
import { newSession } from './helpers/browser';
import { setUpBrowserSuite } from './helpers/suite';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
const REDIRECT_URI = 'https://tv.example/callback';

type DeviceStart = {
  device_code: string;
  user_code: string;
  verification_uri_complete: string;
  interval: number;
};

/**
 * What a command-line tool does (RFC 8628 §3.1–3.5): ask for codes, show them, then poll the
 * token endpoint at the interval until the user has answered in a browser.
 */
class DeviceScript {
  constructor(
    private readonly bnder: string,
    private readonly clientId: string,
  ) {}

  async start(): Promise<DeviceStart> {
    const response = await this.post('/oauth/device_authorization', { scope: 'read' });
    return (await response.json()) as DeviceStart;
  }

  async poll(started: DeviceStart): Promise<Record<string, string>> {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, started.interval * 1000));
      const response = await this.post('/oauth/token', {
        grant_type: DEVICE_GRANT,
        device_code: started.device_code,
      });
      const body = (await response.json()) as Record<string, string>;
      if (body.error !== 'authorization_pending' && body.error !== 'slow_down') return body;
    }
  }

  async displayName(accessToken: string): Promise<string> {
    const response = await fetch(new URL('/consumer/v1/me', this.bnder), {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    return ((await response.json()) as { display_name: string }).display_name;
  }

  private post(path: string, params: Record<string, string>) {
    return fetch(new URL(path, this.bnder), {
      method: 'POST',
      body: new URLSearchParams({ client_id: this.clientId, ...params }),
    });
  }
}

const CREATE_APP = `mutation($input: CreateOAuthAppInput!) {
  createOAuthApp(input: $input) { app { clientId } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`;

describe('the device flow, with a script on the device and the user in the browser', () => {
  // One-second polls keep the run short; the flow is the same at the default five.
  const suite = setUpBrowserSuite({ DEVICE_POLL_INTERVAL: '1' });
  let ownerPage: Page;
  let userPage: Page;
  let user: TestAccount;
  let script: DeviceScript;
  let clientId: string;

  beforeAll(async () => {
    ownerPage = suite.page;
    await signUp(ownerPage, newAccount('Tess Owner'));
    const created = await suite.context.request.post('/graphql', {
      data: {
        query: CREATE_APP,
        variables: {
          input: { name: 'Living Room TV', redirectUris: [REDIRECT_URI], requireSecret: false },
        },
      },
    });
    clientId = (
      (await created.json()) as { data: { createOAuthApp: { app: { clientId: string } } } }
    ).data.createOAuthApp.app.clientId;
    script = new DeviceScript(suite.server.baseUrl, clientId);
    // The user has an account, but this browser is not signed in yet.
    user = newAccount('Grace Hopper');
    const signUpContext = await newSession(suite.browser, suite.server.baseUrl);
    await signUpContext.request.post('/graphql', {
      data: { query: SIGN_UP, variables: { input: user } },
    });
    await signUpContext.close();
    userPage = await (await newSession(suite.browser, suite.server.baseUrl)).newPage();
  });

  it('the owner allows the device flow and says who the app is on the app page', async () => {
    await ownerPage.goto(`/settings/development/apps/${clientId}`);
    const device = ownerPage.getByRole('switch', { name: 'Allow device flow' });
    await device.click();
    await expect.poll(() => device.getAttribute('aria-checked')).toBe('true');
    const form = ownerPage.getByRole('form', { name: 'Shown on the consent page' });
    await form.getByLabel('Description').fill('Shows your notes on the big screen');
    await form.getByLabel('Homepage').fill('https://tv.example/about');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Saved.').waitFor();
  });

  it('opens verification_uri_complete, signs in, checks who asks, authorizes: the script gets tokens', async () => {
    const started = await script.start();
    expect(started.verification_uri_complete).toBe(
      `${suite.server.baseUrl}/device?user_code=${started.user_code}`,
    );
    const tokens = script.poll(started);

    await userPage.goto(started.verification_uri_complete);
    await userPage.waitForURL(/\/signin\?return_to=/);
    await userPage.getByText('to continue to Living Room TV').waitFor();
    await signIn(userPage, user);
    await userPage.waitForURL(/\/device\?user_code=/);

    await userPage.getByRole('heading', { name: 'Authorize Living Room TV' }).waitFor();
    const about = userPage.getByRole('region', { name: 'About Living Room TV' });
    expect(await about.getByText('Shows your notes on the big screen').isVisible()).toBe(true);
    expect(await about.getByRole('link', { name: 'tv.example' }).getAttribute('href')).toBe(
      'https://tv.example/about',
    );
    expect(await about.getByText('Not owned or operated by Bnder').isVisible()).toBe(true);
    expect(await about.getByText('Tess Owner').isVisible()).toBe(true);
    expect(await about.getByText('No one has authorized it yet').isVisible()).toBe(true);
    expect(await userPage.getByText(`Code ${started.user_code}`).isVisible()).toBe(true);
    await userPage.getByRole('button', { name: 'Authorize' }).click();
    await userPage.getByRole('heading', { name: 'Device connected' }).waitFor();

    const answer = await tokens;
    expect(answer.access_token).toMatch(/^bnd_at_/);
    expect(answer.refresh_token).toMatch(/^bnd_rt_/);
    expect(await script.displayName(answer.access_token ?? '')).toBe('Grace Hopper');
  });

  it('types the code on /device and cancels: the script hears access_denied', async () => {
    const started = await script.start();
    const answer = script.poll(started);

    await userPage.goto('/device');
    await userPage.getByLabel('Code').fill(started.user_code.toLowerCase().replace('-', ''));
    await userPage.getByRole('button', { name: 'Continue' }).click();
    await userPage.getByRole('heading', { name: 'Authorize Living Room TV' }).waitFor();
    // The first run's authorization is counted now.
    expect(await userPage.getByText('1 user has authorized it').isVisible()).toBe(true);
    await userPage.getByRole('button', { name: 'Cancel' }).click();
    await userPage.getByRole('heading', { name: 'Request cancelled' }).waitFor();

    expect((await answer).error).toBe('access_denied');
  });

  it('names the app on the sign-in page reached from an authorize link', async () => {
    const signedOut = await (await newSession(suite.browser, suite.server.baseUrl)).newPage();
    const challenge = createHash('sha256')
      .update(randomBytes(32).toString('base64url'))
      .digest('base64url');
    const link = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: REDIRECT_URI,
      scope: 'read',
      state: 'tv',
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    await signedOut.goto(`/oauth/authorize?${link}`);
    await signedOut.waitForURL(/\/signin\?return_to=/);
    await signedOut.getByText('to continue to Living Room TV').waitFor();
  });
});
