import { describe, expect, it } from 'vitest';
import { isSpaPage } from './pages.js';

describe('isSpaPage', () => {
  it.each([
    '/',
    '/signin',
    '/signup',
    '/settings',
    '/settings/',
    '/settings/development',
    '/settings/development/apps/abc123',
    '/settings/authorized-apps',
    '/oauth/consent',
    '/device',
    '/developers/api',
    '/developers/authorizing/',
    '/SIGNIN',
  ])('knows %s', (path) => {
    expect(isSpaPage(path)).toBe(true);
  });

  it.each([
    '/nope',
    '/signin/extra',
    '/settings/development/apps',
    '/settings/development/apps/a/b',
    '/settings/unknown',
    '/oauth/consentx',
    '/devices',
    '/developers',
    '/developers/api/extra',
    '//',
    '',
  ])('does not know %s', (path) => {
    expect(isSpaPage(path)).toBe(false);
  });
});
