import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signIn, signUp } from './helpers/accounts';
import { setUpBrowserSuite } from './helpers/suite';

describe('accounts in the browser', () => {
  const suite = setUpBrowserSuite();
  let page: Page;

  beforeAll(() => {
    page = suite.page;
  });

  it('signs up, signs out, signs in again and reaches the settings shell', async () => {
    const account = newAccount();

    await signUp(page, account);
    const nav = page.getByRole('navigation', { name: 'Settings' });
    expect(await nav.getByRole('link', { name: 'Development' }).isVisible()).toBe(true);
    expect(await page.getByText(account.email).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/signin');
    await page.getByRole('heading', { name: 'Sign in to Bnder' }).waitFor();

    // A settings page now asks for sign-in and comes back to it afterwards.
    await page.goto('/settings/authorized-apps');
    await page.waitForURL(/\/signin\?return_to=%2Fsettings%2Fauthorized-apps$/);
    await signIn(page, account);
    await page.getByRole('heading', { name: 'Authorized OAuth Applications', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/authorized-apps');

    await nav.getByRole('link', { name: 'Development' }).click();
    await page.getByRole('heading', { name: 'Owned OAuth Applications' }).waitFor();
    expect(await page.getByText(account.displayName).isVisible()).toBe(true);
  });

  it('refuses a wrong password with a visible message', async () => {
    const account = newAccount();
    await signUp(page, account);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/signin');

    await signIn(page, { ...account, password: 'not the password' });

    await page.getByRole('alert').or(page.locator('.field__error')).first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/signin');
  });
});
