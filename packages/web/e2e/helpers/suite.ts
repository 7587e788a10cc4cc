import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newSession, screenshot } from './browser';
import { startServer, type RunningServer } from './server';

export interface BrowserSuite {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

type ServerSettings = Record<string, string>;

/**
 * Registers a describe block's hooks: before all tests, a fresh server (`env` adds settings, or
 * returns them once hooks registered earlier have run) and a browser page on it; a screenshot of
 * each failed test; everything closed after. The fields are set once the first beforeAll has
 * run; hooks the block registers after this one can use them.
 */
export function setUpBrowserSuite(env: ServerSettings | (() => ServerSettings) = {}): BrowserSuite {
  const suite = {} as BrowserSuite;

  beforeAll(async () => {
    suite.server = await startServer(typeof env === 'function' ? env() : env);
    suite.browser = await launchBrowser();
    suite.context = await newSession(suite.browser, suite.server.baseUrl);
    suite.page = await suite.context.newPage();
  });

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshot(suite.page, task.name);
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });

  return suite;
}
