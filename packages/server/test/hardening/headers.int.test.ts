import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTestServer, useTestServer } from '../helpers/server.js';
import { documentedFetch } from '../helpers/openapi-conformance.js';

/** A stand-in for the built SPA, so these tests do not depend on a web build. */
function fakeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bnder-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><div id="root"></div><script type="module" src="/assets/app-1a2b.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'app-1a2b.js'), 'console.log(1)');
  writeFileSync(join(dir, 'privacy.html'), '<!doctype html><p>Privacy</p>');
  return dir;
}

const server = useTestServer({ WEB_DIST_DIR: fakeWebDist() });

describe('the SPA', () => {
  it('serves client routes from index.html with a strict CSP and no framing', async () => {
    const response = await fetch(`${server.url}/settings/development/apps/abc`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the consent page route from the SPA too', async () => {
    const response = await fetch(`${server.url}/oauth/consent?request_id=x`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('caches hashed assets forever', async () => {
    const response = await fetch(`${server.url}/assets/app-1a2b.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers unknown API paths with a JSON 404, not the SPA', async () => {
    const response = await documentedFetch(`${server.url}/consumer/v1/nothing-here`, {
      headers: { authorization: 'Bearer nope' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
  });

  it('sends no HSTS over http', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

/** What every HTML answer must carry, whichever route or file it comes from. */
function expectPageHeaders(response: Response): void {
  expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/default-src '(self|none)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('every HTML answer carries the page security headers', () => {
  it.each([
    ['/index.html', 200],
    ['/privacy.html', 200],
    ['/signin', 200],
    ['/', 200],
    ['/no/such/page', 404],
    ['/oauth/authorize', 400],
    ['/oauth/authorize?client_id=nobody&response_type=code', 400],
  ])('GET %s', async (path, status) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(status);
    expectPageHeaders(response);
  });

  it('HEAD /index.html too', async () => {
    const response = await fetch(`${server.url}/index.html`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expectPageHeaders(response);
  });

  it('keeps the authorize error page’s own hash-only policy', async () => {
    const response = await fetch(`${server.url}/oauth/authorize`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-/);
  });
});

describe('the API reference page', () => {
  it('alone allows inline styles, for its reference UI, and never inline script or eval', async () => {
    for (const path of ['/developers/api', '/developers/api/', '/developers/api?x=1']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("style-src 'self' 'unsafe-inline'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it.each(['/developers/authorizing', '/developers/api-x', '/developers', '/settings/development'])(
    'leaves %s with the strict policy',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expectPageHeaders(response);
      expect(response.headers.get('content-security-policy')).toContain("style-src 'self';");
    },
  );
});

describe('GraphQL responses', () => {
  it('are never cached', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('under https', () => {
  it('sends HSTS', async () => {
    const secure = await startTestServer({ PUBLIC_URL: 'https://bnder.example' });
    try {
      const response = await fetch(`${secure.url}/healthz`);
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    } finally {
      await secure.close();
    }
  });
});
