import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { newAccount, signUp } from './helpers/accounts';
import { focused } from './helpers/focus';
import { createAppOverGraphQL } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

/**
 * The failing and the slow server are made in the browser's network layer, on one GraphQL
 * operation at a time: every other request goes to the real server.
 */
function isOperation(route: Route, name: string): boolean {
  return (route.request().postData() ?? '').includes(`"operationName":"${name}"`);
}

describe('honest states: a failing and a slow server, and unsaved edits', () => {
  const suite = setUpBrowserSuite();
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    page = suite.page;
    await signUp(page, newAccount('Barbara Liskov'));
    ({ clientId } = await createAppOverGraphQL(page, {
      name: 'Ledger Sync',
      redirectUris: ['https://ledger.example/cb'],
      requireSecret: false,
    }));
  });

  it('says a 500 is a server problem, not the connection, and retries', async () => {
    const fail = (route: Route) =>
      isOperation(route, 'OwnedOAuthApps')
        ? route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Server Error</h1>' })
        : route.continue();
    await page.route('**/graphql', fail);
    await page.goto('/settings/development');

    const alert = page.getByRole('alert');
    await alert.getByText('Your applications could not be loaded').waitFor();
    const text = await alert.innerText();
    expect(text).toContain('HTTP 500');
    expect(text).not.toContain('Check your connection');
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);

    await page.unroute('**/graphql', fail);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: 'Ledger Sync' }).waitFor();
  });

  it('keeps the shell and says so while the session check fails with a 500', async () => {
    const fail = (route: Route) =>
      isOperation(route, 'Viewer')
        ? route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream failed' })
        : route.continue();
    await page.route('**/graphql', fail);
    await page.goto('/settings/authorized-apps');

    const main = page.getByRole('main');
    await main.getByText('Your session could not be checked').waitFor();
    expect(await main.getByRole('alert').innerText()).toContain('HTTP 500');
    expect(await page.getByRole('banner').innerText()).toContain('Bnder');
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Your session could not be checked · Bnder');

    await page.unroute('**/graphql', fail);
    await main.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Authorized OAuth Applications', level: 1 }).waitFor();
  });

  it('keeps the shell while a slow session check is under way', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      if (isOperation(route, 'Viewer')) await released;
      await route.continue();
    };
    await page.route('**/graphql', hold);
    await page.goto('/settings/development');

    await page.getByRole('main').getByText('Checking your session…').waitFor();
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Checking your session… · Bnder');

    release();
    await page.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
    await page.unroute('**/graphql', hold);
  });

  it('shows a slow list as loading inside the page, then the list', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      if (isOperation(route, 'OwnedOAuthApps')) await released;
      await route.continue();
    };
    await page.route('**/graphql', hold);
    await page.goto('/settings/development');

    await page.getByRole('main').getByText('Loading your applications…').waitFor();
    expect(await page.getByRole('heading', { name: 'Development', level: 1 }).isVisible()).toBe(
      true,
    );
    release();
    await page.getByRole('link', { name: 'Ledger Sync' }).waitFor();
    await page.unroute('**/graphql', hold);
  });

  async function editOnAppPage() {
    await page.goto('/settings/development');
    await page.getByRole('link', { name: 'Ledger Sync' }).click();
    await page.getByRole('heading', { name: 'Ledger Sync', level: 1 }).waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Ledger Sync (draft)');
  }

  const prompt = () => page.getByRole('dialog', { name: 'Leave without saving?' });

  it('asks before in-app navigation with unsaved edits; Stay keeps them', async () => {
    await editOnAppPage();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Authorized OAuth Applications' })
      .click();

    await prompt().waitFor();
    expect(await focused(page)).toBe('BUTTON Stay on this page');
    await page.keyboard.press('Enter');
    await prompt().waitFor({ state: 'detached' });
    expect(page.url()).toContain(`/apps/${clientId}`);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ledger Sync (draft)');

    await page.getByRole('link', { name: 'Development' }).first().click();
    await prompt().getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Ledger Sync', exact: true }).count()).toBe(1);
  });

  it('asks before Back with unsaved edits, and goes back on Leave', async () => {
    await editOnAppPage();
    await page.evaluate(() => window.history.back());

    await prompt().waitFor();
    expect(page.url()).toContain(`/apps/${clientId}`);
    await prompt().getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings/development');
  });

  it('asks the browser before unloading the page with unsaved edits, and not without', async () => {
    const asked: string[] = [];
    const openAppPage = async () => {
      const opened = await suite.context.newPage();
      opened.on('dialog', (dialog) => {
        asked.push(dialog.type());
        void dialog.dismiss();
      });
      await opened.goto(`/settings/development/apps/${clientId}`);
      await opened.getByRole('heading', { name: 'Ledger Sync', level: 1 }).waitFor();
      return opened;
    };
    const untouched = await openAppPage();
    const closed = untouched.waitForEvent('close');
    await untouched.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toEqual([]);

    const other = await openAppPage();

    await other.getByLabel('Name', { exact: true }).fill('Ledger Sync (draft)');
    // React registers the listener in an effect after the edit renders: wait for it.
    const wouldAsk = () =>
      other.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    await expect.poll(wouldAsk).toBe(true);
    await other.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(other.isClosed()).toBe(false);
  });
});
