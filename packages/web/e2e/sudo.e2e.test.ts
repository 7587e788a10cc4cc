import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp, type TestAccount } from './helpers/accounts';
import { createConfidentialApp, credentialText } from './helpers/apps';
import { setUpBrowserSuite } from './helpers/suite';

/** A short sudo window, so the test can outwait it; confirmation and retry take milliseconds. */
const SUDO_TTL_SECONDS = 3;

describe('sudo mode in the browser', () => {
  const suite = setUpBrowserSuite({ SUDO_TTL: String(SUDO_TTL_SECONDS) });
  let page: Page;
  let account: TestAccount;

  beforeAll(async () => {
    page = suite.page;
    account = newAccount('Margaret Hamilton');
    await signUp(page, account);
  });

  const secretGroup = () => page.getByRole('group', { name: 'Client secret' });
  const secretText = () => credentialText(page, 'Client secret');
  const prompt = () => page.getByRole('dialog', { name: 'Confirm your password' });
  const outwaitSudo = () => page.waitForTimeout(SUDO_TTL_SECONDS * 1000 + 200);

  async function confirmPassword(password: string) {
    await prompt().getByLabel('Password').fill(password);
    await prompt().getByRole('button', { name: 'Confirm' }).click();
  }

  it('asks for the password before revealing and rotating, then carries on', async () => {
    const panel = await createConfidentialApp(
      page,
      'Apollo Guidance',
      'https://agc.example/callback',
    );
    const createdSecret = await credentialText(panel, 'Client secret');
    await panel.getByRole('link', { name: 'Open app settings' }).click();
    await page.getByRole('heading', { name: 'Apollo Guidance', level: 1 }).waitFor();

    // Reveal: the prompt opens, refuses a wrong password in place, then the secret shows.
    await outwaitSudo();
    await secretGroup().getByRole('button', { name: 'Reveal' }).click();
    await prompt().waitFor();
    await confirmPassword('not the password');
    await prompt().getByText('Password is incorrect').waitFor();
    expect(await secretText()).toBe('••••••••');
    await confirmPassword(account.password);
    await secretGroup().getByText(createdSecret).waitFor();
    expect(await prompt().count()).toBe(0);

    // Rotate: the prompt opens over the rotate dialog, and the rotation goes through after it.
    await outwaitSudo();
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    const rotateDialog = page.getByRole('dialog', { name: /Rotate the client secret/ });
    await rotateDialog.getByRole('button', { name: 'Rotate secret' }).click();
    await prompt().waitFor();
    await prompt().getByRole('button', { name: 'Cancel' }).click();
    await prompt().waitFor({ state: 'detached' });
    expect(await rotateDialog.isVisible()).toBe(true);
    await rotateDialog.getByRole('button', { name: 'Rotate secret' }).click();
    await confirmPassword(account.password);
    await page.getByText('The previous secret no longer works', { exact: false }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const rotatedSecret = await secretText();
    expect(rotatedSecret.startsWith('bnd_cs_')).toBe(true);
    expect(rotatedSecret).not.toBe(createdSecret);
  });
});
