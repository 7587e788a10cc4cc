import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, the level the settings UI promises (docs/features.md, "Settings UI"). */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Look {
  name: string;
  colorScheme: 'light' | 'dark';
  width: number;
}

/** Both colour schemes at a desktop and a phone width. */
export const LOOKS: Look[] = [
  { name: 'light 1280', colorScheme: 'light', width: 1280 },
  { name: 'dark 1280', colorScheme: 'dark', width: 1280 },
  { name: 'light 375', colorScheme: 'light', width: 375 },
  { name: 'dark 375', colorScheme: 'dark', width: 375 },
];

export async function applyLook(page: Page, look: Look): Promise<void> {
  await page.emulateMedia({ colorScheme: look.colorScheme, reducedMotion: 'reduce' });
  await page.setViewportSize({ width: look.width, height: look.width > 600 ? 900 : 740 });
}

/** The axe violations on the page as it is now, one readable line each (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'unknown'}): ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '))
        .join(' | ')}`,
  );
}
