import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newAccount, signUp } from './helpers/accounts';
import { applyLook } from './helpers/a11y';
import { authorizeApp, createAppOverGraphQL } from './helpers/graphql';
import { setUpBrowserSuite } from './helpers/suite';

const LONG_NAME = 'Quarterly Revenue Reconciliation Service for Northwind';

/**
 * Problems at 375 px: an element that leaves its card (or the page), a redirect-URI input
 * narrower than its field set, a control smaller than 44 × 44 px (WCAG 2.5.5). Links inside a
 * sentence are exempt, as WCAG allows for inline targets.
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
    };
    if (document.documentElement.scrollWidth > window.innerWidth) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px`);
    }
    for (const card of document.querySelectorAll(
      '.card, .section, .panel, .dialog[open], .auth-card',
    )) {
      const outer = card.getBoundingClientRect();
      for (const el of card.querySelectorAll('*')) {
        if (!visible(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.right > outer.right + 0.5 || box.left < outer.left - 0.5) {
          problems.push(
            `${describe(el)} leaves ${describe(card)} by ${Math.round(Math.max(box.right - outer.right, outer.left - box.left))}px`,
          );
        }
      }
    }
    for (const fieldset of document.querySelectorAll('.uri-editor')) {
      const width = fieldset.getBoundingClientRect().width;
      for (const input of fieldset.querySelectorAll('input')) {
        const inputWidth = input.getBoundingClientRect().width;
        if (inputWidth < width - 1)
          problems.push(
            `${describe(input)} is ${Math.round(inputWidth)}px of ${Math.round(width)}px`,
          );
      }
    }
    const targets = document.querySelectorAll('button, input, [role="switch"], a');
    for (const el of targets) {
      if (!visible(el) || el.closest('p, dd') || el.classList.contains('skip-link')) continue;
      const box = el.getBoundingClientRect();
      if (box.height < 44 || box.width < 44) {
        problems.push(`${describe(el)} is ${Math.round(box.width)} × ${Math.round(box.height)}px`);
      }
    }
    return problems;
  });
}

describe('mobile: 375 px wide', () => {
  const suite = setUpBrowserSuite();
  let page: Page;
  let clientId: string;

  beforeAll(async () => {
    page = suite.page;
    await signUp(page, newAccount('Radia Perlman'));
    ({ clientId } = await createAppOverGraphQL(page, {
      name: LONG_NAME,
      redirectUris: [
        'https://reconciliation.northwind.example/oauth/callback/production',
        'com.northwind.reconciliation:/oauth2redirect',
      ],
      requireSecret: true,
    }));
    const publicApp = await createAppOverGraphQL(page, {
      name: 'Pocket Notes',
      redirectUris: ['http://127.0.0.1:9/cb'],
      requireSecret: false,
    });
    await authorizeApp(page, publicApp.clientId, 'http://127.0.0.1:9/cb');
    await applyLook(page, { name: 'light 375', colorScheme: 'light', width: 375 });
  });

  const check = async (where: string) =>
    (await layoutProblems(page)).map((problem) => `${where}: ${problem}`);

  it('keeps every page and dialog inside its cards, with full-width inputs and 44 px targets', async () => {
    const found: string[] = [];
    await page.goto('/settings/development');
    await page.getByRole('link', { name: LONG_NAME }).waitFor();
    found.push(...(await check('owned apps')));
    await page.getByRole('button', { name: 'Create application' }).click();
    await page.getByRole('button', { name: 'Add redirect URI' }).click();
    found.push(...(await check('create form')));

    await page.goto(`/settings/development/apps/${clientId}`);
    await page.getByRole('heading', { name: LONG_NAME, level: 1 }).waitFor();
    await page.getByText('Created the application').waitFor();
    found.push(...(await check('app page')));
    await page.getByRole('button', { name: 'Rotate secret' }).click();
    await page.getByRole('dialog').waitFor();
    found.push(...(await check('rotate dialog')));
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

    await page.goto('/settings/authorized-apps');
    await page.getByRole('heading', { name: 'Pocket Notes' }).waitFor();
    found.push(...(await check('authorized apps')));

    expect(found).toEqual([]);
  });
});
