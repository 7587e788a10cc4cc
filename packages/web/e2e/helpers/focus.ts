import type { Page } from 'playwright-core';

/** What has focus, as a screen reader would name it: "BUTTON Save", "H1 Development". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    const name = el.getAttribute('aria-label') ?? el.textContent ?? '';
    return `${el.tagName} ${name.trim()}`.trim();
  });
}
