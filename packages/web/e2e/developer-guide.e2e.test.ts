import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp, type TestAccount } from './helpers/accounts';
import { LOOKS, applyLook, axeViolations } from './helpers/a11y';
import { clipboardText, newSession } from './helpers/browser';
import { createAppOverGraphQL } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

// Nothing listens here: the test answers the redirect itself, as the app's callback would.
const CALLBACK = 'http://127.0.0.1:9/callback';

/** Runs a copied shell example as a developer would paste it, with the variables it names. */
function runShell(script: string, env: Record<string, string>): string {
  return execFileSync('bash', ['-c', script], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

async function copy(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
  return clipboardText(page);
}

describe('developer guide', () => {
  const suite = setUpBrowserSuite();
  let page: Page;
  let account: TestAccount;
  let publicId: string;

  beforeAll(async () => {
    page = suite.page;
    account = newAccount('Grace Hopper');
    await signUp(page, account);
    publicId = (
      await createAppOverGraphQL(page, {
        name: 'Pocket Notes',
        redirectUris: ['https://pocket.example/cb', CALLBACK],
        requireSecret: false,
      })
    ).clientId;
  });

  it('copies the authorize link and the curl code exchange from the app page, and they work', async () => {
    await page.goto(`/settings/development/apps/${publicId}`);
    const connect = page.getByRole('region', { name: 'Connect your app' });
    await connect.getByLabel('Redirect URI').selectOption(CALLBACK);
    await connect.getByRole('checkbox', { name: 'write' }).click();
    const link = await copy(page, 'Copy authorize URL');
    const verifier = await copy(page, 'Copy code verifier for this link');
    const exchange = await copy(page, 'Copy Exchange the code for tokens (curl)');
    const callApi = await copy(page, 'Copy Call the API (curl)');

    // The user authorizes on the consent page; the browser lands on the app's callback.
    let landed = '';
    await page.route(`${CALLBACK}?**`, async (route) => {
      landed = route.request().url();
      await route.fulfill({ contentType: 'text/plain', body: 'Connected' });
    });
    await page.goto(link);
    await page.getByRole('heading', { name: 'Authorize Pocket Notes' }).waitFor();
    await page.getByRole('button', { name: 'Authorize' }).click();
    await page.waitForURL(`${CALLBACK}?**`);
    const code = new URL(landed).searchParams.get('code') ?? '';

    const tokens = JSON.parse(runShell(exchange, { CODE: code, CODE_VERIFIER: verifier })) as {
      access_token: string;
      refresh_token: string;
      token_type: string;
      scope: string;
    };
    expect(tokens).toMatchObject({ token_type: 'Bearer', scope: 'read write' });
    expect(tokens.access_token).toMatch(/^bnd_at_/);
    expect(tokens.refresh_token).toMatch(/^bnd_rt_/);

    const me = JSON.parse(runShell(callApi, { ACCESS_TOKEN: tokens.access_token })) as {
      email: string;
    };
    expect(me.email).toBe(account.email);
  });

  it('reaches the API reference and the guide from the settings navigation', async () => {
    await page.goto('/settings/development');
    const nav = page.getByRole('navigation', { name: 'Settings' });
    await nav.getByRole('link', { name: 'API reference' }).click();
    await page.getByRole('heading', { name: 'API reference', level: 1 }).waitFor();
    // RapiDoc draws the server's OpenAPI document: one heading per operation, its summary.
    await page.getByRole('heading', { name: 'Create a note', level: 2 }).waitFor();
    expect(page.url()).toMatch(/\/developers\/api$/);
    await expect(
      page.getByRole('heading', { name: /^Create an OAuth app;/, level: 2 }).count(),
    ).resolves.toBe(1);

    await nav.getByRole('link', { name: 'Authorizing an app' }).click();
    await page.getByRole('heading', { name: 'Authorizing an app', level: 1 }).waitFor();
    const schema = await page.request.get(
      (await page.getByRole('link', { name: '/graphql/schema.graphql' }).getAttribute('href')) ??
        '',
    );
    expect(await schema.text()).toContain('type OAuthApp');
  });

  it('leaves the API reference by a document load, so the next page has the site’s own policy', async () => {
    // The reference's page policy allows inline styles (RapiDoc needs them); no other page's does.
    const leave = async (click: () => Promise<void>) => {
      await page.goto('/developers/api');
      await page.getByRole('heading', { name: 'API reference', level: 1 }).waitFor();
      // Until the next document has loaded, the next goto would be cut off by its navigation.
      const [document] = await Promise.all([
        page.waitForResponse((response) => response.request().isNavigationRequest()),
        page.waitForEvent('load'),
        click(),
      ]);
      return document.headers()['content-security-policy'] ?? '';
    };
    const reference = await page.goto('/developers/api');
    expect(reference?.headers()['content-security-policy']).toContain("'unsafe-inline'");

    const fromHeader = await leave(() =>
      page.getByRole('banner').getByRole('link', { name: 'Bnder', exact: true }).click(),
    );
    expect(fromHeader).toContain("style-src 'self'");
    expect(fromHeader).not.toContain("'unsafe-inline'");

    const fromText = await leave(() =>
      page.getByRole('main').getByRole('link', { name: 'Authorizing an app' }).click(),
    );
    await page.getByRole('heading', { name: 'Authorizing an app', level: 1 }).waitFor();
    expect(fromText).not.toContain("'unsafe-inline'");
  });

  it('keeps the site header on the not-found view, with the way back', async () => {
    const guest = await (await newSession(suite.browser, suite.server.baseUrl)).newPage();
    await guest.goto('/no/such/page');
    await guest.getByRole('heading', { name: 'Page not found' }).waitFor();
    const header = guest.getByRole('banner');
    await expect(header.getByRole('link', { name: 'Bnder', exact: true }).count()).resolves.toBe(1);
    await expect(header.getByRole('link', { name: 'Sign in' }).count()).resolves.toBe(1);
    await guest.close();
  });

  it('gives the create form’s inputs the width of a 375 px phone', async () => {
    await applyLook(page, { name: 'light 375', colorScheme: 'light', width: 375 });
    await page.goto('/settings/development');
    await page.getByRole('button', { name: 'Create application' }).click();
    const widths = await Promise.all(
      ['Name', 'Redirect URI 1'].map(async (label) => {
        const box = await page.getByLabel(label, { exact: true }).boundingBox();
        return box?.width ?? 0;
      }),
    );
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(300);
  });

  for (const look of LOOKS) {
    it(`passes axe on the developer pages, the app page and the not-found view in ${look.name}`, async () => {
      await applyLook(page, look);
      const found: string[] = [];
      const audit = async (where: string) => {
        for (const v of await axeViolations(page)) found.push(`${where}: ${v}`);
      };
      await page.goto('/developers/api');
      // The last operation of the document: the whole reference is drawn.
      await page.getByRole('heading', { name: /^List an app’s activity log/, level: 2 }).waitFor();
      await audit('API reference');
      await page.goto('/developers/authorizing');
      await page.getByRole('heading', { name: 'Token lifetimes' }).waitFor();
      await audit('authorizing guide');
      await page.goto(`/settings/development/apps/${publicId}`);
      await page.getByRole('group', { name: 'Code verifier for this link' }).waitFor();
      await audit('app page, curl');
      await page.getByRole('tab', { name: 'Python' }).click();
      await audit('app page, Python');
      await page.goto('/no/such/page');
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      await audit('not found');
      expect(found).toEqual([]);
    }, 150_000);
  }
});
