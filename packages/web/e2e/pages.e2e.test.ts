import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpBrowserSuite } from './helpers/suite';

describe('pages in the browser', () => {
  const suite = setUpBrowserSuite();
  let page: Page;

  beforeAll(() => {
    page = suite.page;
  });

  it('shows the not-found view, answered with 404, at a path that is no page', async () => {
    const response = await page.goto('/no/such/page');
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Go to your settings' }).click();
    await page.getByRole('heading', { name: 'Sign in to Bnder' }).waitFor();
  });

  it('loads the app with its scripts sent precompressed', async () => {
    const scripts: { url: string; encoding: string | undefined }[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.js'))
        scripts.push({ url: response.url(), encoding: response.headers()['content-encoding'] });
    });
    const response = await page.goto('/signin');
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Sign in to Bnder' }).waitFor();
    const entry = scripts.find((script) => /\/assets\/index-[\w-]+\.js$/.test(script.url));
    // Brotli where the browser offers it, gzip otherwise.
    expect(entry?.encoding).toMatch(/^(br|gzip)$/);
  });
});
