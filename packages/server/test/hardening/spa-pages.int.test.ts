import { SPA_PAGES } from '@bnder/shared';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

const INDEX = '<!doctype html><div id="root"></div>';

let server: TestServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bnder-web-'));
  writeFileSync(join(dir, 'index.html'), INDEX);
  server = await startTestServer({ WEB_DIST_DIR: dir });
});
afterAll(async () => server.close());

const pages = Object.values(SPA_PAGES).map((page) => page.replace(':clientId', 'abc123'));

describe("the SPA's pages", () => {
  it.each([...pages, '/device?user_code=BCDF-GHJK', '/settings/', '/oauth/consent?request_id=r'])(
    'serves %s with 200 and the app',
    async (path) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
      expect(await response.text()).toBe(INDEX);
    },
  );

  it.each([
    '/nope',
    '/settings/unknown',
    '/settings/development/apps',
    '/settings/development/apps/a/b',
    '/signin/extra',
    '/devices',
    '/assets/missing-1a2b.js',
  ])('answers %s with 404 and the app, which shows its not-found view', async (path) => {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await response.text()).toBe(INDEX);
  });

  it('answers unknown paths under the server routes with a JSON 404', async () => {
    const response = await fetch(`${server.url}/oauth/consentx`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers HEAD like GET', async () => {
    expect((await fetch(`${server.url}/nope`, { method: 'HEAD' })).status).toBe(404);
    expect((await fetch(`${server.url}/signin`, { method: 'HEAD' })).status).toBe(200);
  });
});
