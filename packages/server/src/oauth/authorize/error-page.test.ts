import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ERROR_PAGE_CSP, renderErrorPage } from './error-page.js';

describe('renderErrorPage', () => {
  it('shows a title and message as text, never as markup', () => {
    const page = renderErrorPage('<img src=x onerror=alert(1)>', `"><script>alert(1)</script>&'`);
    expect(page).not.toMatch(/<script|<img/i);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;&#39;');
  });

  it('carries no script, and its CSP allows exactly its one inline style', () => {
    const page = renderErrorPage('Unknown application', 'No application has this client id.');
    expect(page).not.toMatch(/<script/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(ERROR_PAGE_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(ERROR_PAGE_CSP).toContain("default-src 'none'");
    expect(ERROR_PAGE_CSP).not.toMatch(/script-src|unsafe-inline/);
  });
});
