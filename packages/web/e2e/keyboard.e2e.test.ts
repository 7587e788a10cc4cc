import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp, type TestAccount } from './helpers/accounts';
import { LOOKS, axeViolations, applyLook } from './helpers/a11y';
import { clipboardText } from './helpers/browser';
import { focused } from './helpers/focus';
import { authorizeApp, createAppOverGraphQL, gql } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

/** Long enough for one action after a confirmation, short enough to outwait. */
const SUDO_TTL_SECONDS = 8;
const CONFIRM = `mutation($password: String!) { confirmPassword(password: $password) }`;
const MASK = '••••••••';

describe('keyboard use: focus after each action, and what is announced', () => {
  const suite = setUpBrowserSuite({ SUDO_TTL: String(SUDO_TTL_SECONDS) });
  let page: Page;
  let account: TestAccount;
  let app: { clientId: string; clientSecret: string | null };

  beforeAll(async () => {
    page = suite.page;
    account = newAccount('Katherine Johnson');
    await signUp(page, account);
    app = await createAppOverGraphQL(page, {
      name: 'Weather Sync',
      redirectUris: ['https://weather.example/cb'],
      requireSecret: true,
    });
  });

  const secretGroup = () => page.getByRole('group', { name: 'Client secret' });
  const freshSudo = () => gql(page, CONFIRM, { password: account.password });
  async function openAppPage() {
    await page.goto(`/settings/development/apps/${app.clientId}`);
    await page.getByRole('heading', { name: 'Weather Sync', level: 1 }).waitFor();
  }

  it('keeps focus on Save and announces "Saved."', async () => {
    await openAppPage();
    const form = page.getByRole('form', { name: 'Application settings' });
    await form.getByLabel('Name', { exact: true }).fill('Weather Sync Two');
    await form.getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await form.getByRole('status').getByText('Saved.').waitFor();
    expect(await focused(page)).toBe('BUTTON Save');
    await page.getByRole('heading', { name: 'Weather Sync Two', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Weather Sync');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Weather Sync', level: 1 }).waitFor();
    await form.getByRole('status').getByText('Saved.').waitFor();
  });

  it('keeps focus on Reveal, which becomes Hide, and back', async () => {
    await openAppPage();
    await freshSudo();
    await secretGroup().getByRole('button', { name: 'Reveal' }).focus();
    await page.keyboard.press('Enter');
    await secretGroup()
      .getByText(app.clientSecret ?? '')
      .waitFor();
    expect(await focused(page)).toBe('BUTTON Hide');

    await page.keyboard.press('Enter');
    await secretGroup().getByText(MASK).waitFor();
    expect(await focused(page)).toBe('BUTTON Reveal');
  });

  it('copies a masked secret without showing it, keeps focus on Copy, and logs a copy', async () => {
    await openAppPage();
    const log = page.getByRole('list', { name: 'Activity, newest first' });
    await log.getByText('Created the application').waitFor();
    const revealsBefore = await log.getByText('Revealed the client secret').count();
    await freshSudo();
    await secretGroup().getByRole('button', { name: 'Copy client secret' }).focus();
    await page.keyboard.press('Enter');

    await secretGroup().getByText('Copied', { exact: true }).waitFor();
    expect(await clipboardText(page)).toBe(app.clientSecret);
    expect(await secretGroup().locator('code').innerText()).toBe(MASK);
    expect(await page.content()).not.toContain(app.clientSecret);
    expect(await focused(page)).toBe('BUTTON Copy client secret');
    await log.getByText('Copied the client secret').waitFor();
    expect(await log.getByRole('listitem').first().innerText()).toContain(
      'Copied the client secret',
    );
    expect(await log.getByText('Revealed the client secret').count()).toBe(revealsBefore);
  });

  it('copies from the list with a name that says which app, without showing the secret', async () => {
    await page.goto('/settings/development');
    await freshSudo();
    const copy = page.getByRole('button', { name: 'Copy client secret of Weather Sync' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Copied', { exact: true }).waitFor();
    expect(await clipboardText(page)).toBe(app.clientSecret);
    expect(await page.content()).not.toContain(app.clientSecret);
    expect(await focused(page)).toBe('BUTTON Copy client secret of Weather Sync');
  });

  it('gives focus back to Reveal on Escape in the password prompt, which has no axe violation', async () => {
    await openAppPage();
    await page.waitForTimeout(SUDO_TTL_SECONDS * 1000 + 300);
    await secretGroup().getByRole('button', { name: 'Reveal' }).focus();
    await page.keyboard.press('Enter');
    const prompt = page.getByRole('dialog', { name: 'Confirm your password' });
    await prompt.waitFor();
    expect(await focused(page)).toBe('INPUT');

    const found: string[] = [];
    for (const look of LOOKS) {
      await applyLook(page, look);
      for (const v of await axeViolations(page)) found.push(`${look.name}: ${v}`);
    }
    expect(found).toEqual([]);

    await page.keyboard.press('Escape');
    await prompt.waitFor({ state: 'detached' });
    expect(await focused(page)).toBe('BUTTON Reveal');
    expect(await secretGroup().locator('code').innerText()).toBe(MASK);
  });

  it('moves focus to the next card after Revoke access, then to the heading, announcing each', async () => {
    const redirect = 'http://127.0.0.1:9/cb';
    for (const name of ['Alpha Reader', 'Beta Reader']) {
      const { clientId } = await createAppOverGraphQL(page, {
        name,
        redirectUris: [redirect],
        requireSecret: false,
      });
      await authorizeApp(page, clientId, redirect);
    }
    await page.goto('/settings/authorized-apps');
    const notices = page.locator('[aria-live="polite"]');

    for (const [name, next] of [
      ['Alpha Reader', 'BUTTON Revoke access for Beta Reader'],
      ['Beta Reader', 'H1 Authorized OAuth Applications'],
    ]) {
      const revoke = page.getByRole('button', { name: `Revoke access for ${name}` });
      await revoke.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(await focused(page)).toBe('BUTTON Cancel');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await notices.getByText(`Access revoked for ${name}.`).waitFor();
      await expect.poll(() => focused(page)).toBe(next);
    }
  });
});
