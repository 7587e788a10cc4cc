import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp } from './helpers/accounts';
import { createConfidentialApp, credentialText } from './helpers/apps';
import { clipboardText } from './helpers/browser';
import { setUpBrowserSuite } from './helpers/suite';

const SECRET_PREFIX = 'bnd_cs_';

describe('owned OAuth applications in the browser', () => {
  const suite = setUpBrowserSuite();
  let page: Page;

  beforeAll(async () => {
    page = suite.page;
    await signUp(page, newAccount('Grace Hopper'));
  });

  const secretGroup = () => page.getByRole('group', { name: 'Client secret' });
  const secretText = () => credentialText(page, 'Client secret');
  const dialog = () => page.getByRole('dialog');

  it('creates a confidential app, copies, reveals, rotates, turns off and deletes it', async () => {
    // Create
    const panel = await createConfidentialApp(
      page,
      'Weather Sync',
      'https://weather.example/oauth/callback',
    );
    await panel.waitFor();
    const clientId = await credentialText(panel, 'Client ID');
    const createdSecret = await credentialText(panel, 'Client secret');
    expect(clientId).not.toBe('');
    expect(createdSecret.startsWith(SECRET_PREFIX)).toBe(true);

    // Copy the client id
    await panel
      .getByRole('group', { name: 'Client ID' })
      .getByRole('button', { name: 'Copy' })
      .click();
    await panel.getByText('Copied', { exact: true }).waitFor();
    expect(await clipboardText(page)).toBe(clientId);

    // The app page keeps the secret hidden until Reveal
    await panel.getByRole('link', { name: 'Open app settings' }).click();
    await page.getByRole('heading', { name: 'Weather Sync', level: 1 }).waitFor();
    expect(await secretText()).toBe('••••••••');
    await secretGroup().getByRole('button', { name: 'Reveal' }).click();
    await secretGroup().getByText(createdSecret).waitFor();

    // Rotate: asks first, then shows a different secret
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    expect(await dialog().innerText()).toContain('signed out');
    await dialog().getByRole('button', { name: 'Rotate secret' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('The previous secret no longer works', { exact: false }).waitFor();
    const rotatedSecret = await secretText();
    expect(rotatedSecret.startsWith(SECRET_PREFIX)).toBe(true);
    expect(rotatedSecret).not.toBe(createdSecret);
    await page.getByText('Rotated the client secret').first().waitFor();

    // Turn Require a client secret off
    const requireSecret = page.getByRole('switch', { name: 'Require a client secret' });
    await requireSecret.click();
    expect(await dialog().innerText()).toContain('deletes the stored client secret');
    await dialog().getByRole('button', { name: 'Turn off' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await requireSecret.getAttribute('aria-checked')).toBe('false');
    await page.getByText('Public', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Rotate secret' }).count()).toBe(0);

    // Delete
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    expect(await dialog().innerText()).toContain('Delete Weather Sync?');
    await dialog().getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL('**/settings/development');
    await page.getByText('Weather Sync was deleted').waitFor();
    expect(await page.getByRole('link', { name: 'Weather Sync' }).count()).toBe(0);
  });
});
