import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp } from './helpers/accounts';
import { LOOKS, axeViolations, applyLook, type Look } from './helpers/a11y';
import { newSession } from './helpers/browser';
import { authorizeApp, createAppOverGraphQL, openConsent } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

const PUBLIC_REDIRECT = 'http://127.0.0.1:9/callback';

describe('accessibility: axe (WCAG 2.2 AA) on every page and dialog', () => {
  const suite = setUpBrowserSuite();
  let page: Page;
  let guest: Page;
  let confidentialId: string;
  let publicId: string;

  beforeAll(async () => {
    page = suite.page;
    guest = await (await newSession(suite.browser, suite.server.baseUrl)).newPage();
    await signUp(page, newAccount('Audrey Tang'));
    confidentialId = (
      await createAppOverGraphQL(page, {
        name: 'Weather Sync',
        redirectUris: ['https://weather.example/oauth/callback'],
        requireSecret: true,
      })
    ).clientId;
    publicId = (
      await createAppOverGraphQL(page, {
        name: 'Pocket Notes',
        redirectUris: [PUBLIC_REDIRECT],
        requireSecret: false,
      })
    ).clientId;
    await authorizeApp(page, publicId, PUBLIC_REDIRECT);
  });

  const heading = (p: Page, name: string) => p.getByRole('heading', { name, level: 1 }).waitFor();
  const dialog = () => page.getByRole('dialog');

  async function auditEverything(look: Look): Promise<string[]> {
    await applyLook(page, look);
    await applyLook(guest, look);
    const found: string[] = [];
    const audit = async (p: Page, where: string) => {
      for (const violation of await axeViolations(p)) found.push(`${where}: ${violation}`);
    };
    const auditDialog = async (where: string, open: () => Promise<void>) => {
      await open();
      await dialog().waitFor();
      await audit(page, where);
      await dialog()
        .getByRole('button', { name: /^(Cancel|Stay on this page)$/ })
        .click();
      await dialog().waitFor({ state: 'detached' });
    };

    await guest.goto('/signin');
    await heading(guest, 'Sign in to Bnder');
    await audit(guest, 'sign in');
    await guest.goto('/signup');
    await heading(guest, 'Create your Bnder account');
    await audit(guest, 'sign up');
    await guest.goto('/no/such/page');
    await heading(guest, 'Page not found');
    await audit(guest, 'not found');
    await guest.goto(`/oauth/authorize?client_id=nope&response_type=code`);
    await heading(guest, 'Unknown application');
    await audit(guest, 'authorize error page');

    await page.goto('/settings/development');
    await heading(page, 'Development');
    await page.getByRole('link', { name: 'Weather Sync' }).waitFor();
    await audit(page, 'owned apps');
    await page.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('form', { name: 'Create an OAuth application' }).waitFor();
    await audit(page, 'create form');
    await page.getByLabel('Name').fill(`Look ${look.name}`);
    await page.getByLabel('Redirect URI 1').fill('https://look.example/cb');
    await page.getByRole('switch', { name: 'Require a client secret' }).click();
    await page.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('region', { name: `Look ${look.name} is ready` }).waitFor();
    await audit(page, 'new app credentials');

    await page.goto(`/settings/development/apps/${confidentialId}`);
    await heading(page, 'Weather Sync');
    await page.getByText('Created the application').waitFor();
    await audit(page, 'app page');
    await auditDialog('rotate dialog', () =>
      page.getByRole('button', { name: 'Rotate secret' }).click(),
    );
    await auditDialog('require-secret dialog', () =>
      page.getByRole('switch', { name: 'Require a client secret' }).click(),
    );
    await auditDialog('delete dialog', () =>
      page.getByRole('button', { name: 'Delete', exact: true }).click(),
    );
    const name = page.getByLabel('Name', { exact: true });
    await name.press('End');
    await name.type('!');
    await auditDialog('unsaved-changes dialog', () =>
      page.getByRole('link', { name: 'Development' }).first().click(),
    );
    await name.press('Backspace');

    await page.goto('/settings/authorized-apps');
    await heading(page, 'Authorized OAuth Applications');
    await page.getByRole('heading', { name: 'Pocket Notes' }).waitFor();
    await audit(page, 'authorized apps');
    await auditDialog('revoke dialog', () =>
      page.getByRole('button', { name: 'Revoke access for Pocket Notes' }).click(),
    );

    await openConsent(page, publicId, PUBLIC_REDIRECT);
    await heading(page, 'Authorize Pocket Notes');
    await audit(page, 'consent');
    await page.goto('/oauth/consent');
    await heading(page, 'This authorization request has expired');
    await audit(page, 'expired request');
    return found;
  }

  for (const look of LOOKS) {
    it(`finds no violation in ${look.name}`, async () => {
      expect(await auditEverything(look)).toEqual([]);
    });
  }
});
