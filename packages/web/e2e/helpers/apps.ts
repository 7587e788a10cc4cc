import type { Locator, Page } from 'playwright-core';

/**
 * Creates a confidential app through the form on the Development page and returns the panel
 * that shows its new credentials (not waited for).
 */
export async function createConfidentialApp(
  page: Page,
  name: string,
  redirectUri: string,
): Promise<Locator> {
  await page.getByRole('button', { name: 'Create application' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Redirect URI 1').fill(redirectUri);
  await page.getByRole('switch', { name: 'Require a client secret' }).click();
  await page.getByRole('button', { name: 'Create application' }).click();
  return page.getByRole('region', { name: `${name} is ready` });
}

/** The text of a credential (`Client ID`, `Client secret`) shown in `scope`. */
export function credentialText(scope: Page | Locator, name: string): Promise<string> {
  return scope.getByRole('group', { name }).locator('code').innerText();
}
