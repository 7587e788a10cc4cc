import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { newAccount, signUp } from './helpers/accounts';
import { focused } from './helpers/focus';
import { createAppOverGraphQL } from './helpers/graphql';
import { mariaDbBehindProxy } from './helpers/mariadb-behind-proxy';
import { setUpBrowserSuite } from './helpers/suite';

/** The browser's own answer to one GraphQL operation, as the page receives it. */
function answerTo(page: Page, operationName: string): Promise<Response> {
  return page.waitForResponse(
    (response) =>
      new URL(response.url()).pathname === '/graphql' &&
      (response.request().postData() ?? '').includes(`"operationName":"${operationName}"`),
  );
}

/**
 * The failing and the slow server are the real server with its database cut off or held: it
 * runs on MariaDB through a TCP proxy this file controls. An outage answers 503 (RFC 9110
 * §15.6.4) with Retry-After; a held database keeps the answer waiting.
 */
describe('honest states: a server whose database is down or slow, and unsaved edits', () => {
  const database = mariaDbBehindProxy();
  const suite = setUpBrowserSuite(() => ({ DATABASE_URL: database.databaseUrl }));
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

  // A failed test must not leave the next one without its database.
  afterEach(async () => {
    database.proxy.resume();
    await database.proxy.start();
  });

  /** The database is back: the server says so on /healthz once its pool has reconnected. */
  async function restoreDatabase() {
    await database.proxy.start();
    await expect
      .poll(async () => (await fetch(`${suite.server.baseUrl}/healthz`)).status, {
        timeout: 30_000,
      })
      .toBe(200);
  }

  /** A page whose session is checked and cached, so only the next page's own query is sent. */
  async function fromAuthorizedApps(next: string) {
    await page.goto('/settings/authorized-apps');
    await page.getByRole('heading', { name: 'Authorized OAuth Applications', level: 1 }).waitFor();
    return () =>
      page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: next }).click();
  }

  it('says a 503 is a server problem, not the connection, and retries', async () => {
    const openDevelopment = await fromAuthorizedApps('Development');
    await database.proxy.cut();
    const answer = answerTo(page, 'OwnedOAuthApps');
    await openDevelopment();

    const alert = page.getByRole('alert');
    await alert.getByText('Your applications could not be loaded').waitFor();
    expect((await answer).status()).toBe(503);
    expect(await (await answer).headerValue('retry-after')).toBe('5');
    const text = await alert.innerText();
    expect(text).toContain('temporarily unavailable');
    expect(text).not.toContain('Check your connection');
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);

    await restoreDatabase();
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('link', { name: 'Ledger Sync' }).waitFor();
  });

  it('keeps the shell and says so while the session check fails with a 503', async () => {
    await database.proxy.cut();
    const answer = answerTo(page, 'Viewer');
    await page.goto('/settings/authorized-apps');

    const main = page.getByRole('main');
    await main.getByText('Your session could not be checked').waitFor();
    expect((await answer).status()).toBe(503);
    const text = await main.getByRole('alert').innerText();
    expect(text).toContain('temporarily unavailable');
    expect(text).not.toContain('Check your connection');
    expect(await page.getByRole('banner').innerText()).toContain('Bnder');
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Your session could not be checked · Bnder');

    await restoreDatabase();
    await main.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Authorized OAuth Applications', level: 1 }).waitFor();
  });

  it('keeps the shell while a slow session check is under way', async () => {
    database.proxy.pause();
    await page.goto('/settings/development');

    await page.getByRole('main').getByText('Checking your session…').waitFor();
    expect(await page.getByRole('navigation', { name: 'Settings' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Checking your session… · Bnder');
    expect(await page.getByRole('heading', { name: 'Development', level: 1 }).count()).toBe(0);

    database.proxy.resume();
    await page.getByRole('heading', { name: 'Development', level: 1 }).waitFor();
  });

  it('shows a slow list as loading inside the page, then the list', async () => {
    const openDevelopment = await fromAuthorizedApps('Development');
    database.proxy.pause();
    await openDevelopment();

    await page.getByRole('main').getByText('Loading your applications…').waitFor();
    expect(await page.getByRole('heading', { name: 'Development', level: 1 }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('link', { name: 'Ledger Sync' }).count()).toBe(0);
    database.proxy.resume();
    await page.getByRole('link', { name: 'Ledger Sync' }).waitFor();
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

  it('asks before Forward with unsaved edits; Stay keeps them, Leave goes forward', async () => {
    await page.goto('/settings/development');
    await page.getByRole('link', { name: 'Ledger Sync' }).click();
    await page.getByRole('heading', { name: 'Ledger Sync', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Settings' })
      .getByRole('link', { name: 'Authorized OAuth Applications' })
      .click();
    await page.waitForURL(/\/settings\/authorized-apps$/);
    await page.goBack();
    await page.getByLabel('Name', { exact: true }).fill('Ledger Sync (draft)');
    await page.evaluate(() => window.history.forward());

    await prompt().waitFor();
    await prompt().getByRole('button', { name: 'Stay on this page' }).click();
    await prompt().waitFor({ state: 'detached' });
    expect(page.url()).toContain(`/apps/${clientId}`);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Ledger Sync (draft)');

    await page.evaluate(() => window.history.forward());
    await prompt().getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(/\/settings\/authorized-apps$/);
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
