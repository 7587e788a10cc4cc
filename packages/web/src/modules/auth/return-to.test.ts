import { describe, expect, it } from 'vitest';
import { destinationAfterSignIn, isSpaPath, safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each([
    '/settings/authorized-apps',
    '/oauth/authorize?client_id=abc&scope=read&state=x%2Fy',
    '/oauth/consent?request_id=r1',
    '/',
  ])('follows the same-origin path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['a protocol-relative URL', '//evil.example/steal'],
    ['a backslash that browsers read as //', '/\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab that browsers strip', '/\t/evil.example'],
    ['a newline that browsers strip', '/\n/evil.example'],
    ['a relative path', 'settings'],
    ['nothing', ''],
  ])('refuses %s', (_, path) => {
    expect(safeReturnTo(path)).toBeNull();
  });
});

describe('destinationAfterSignIn', () => {
  it('falls back to the owned apps page for unsafe or missing targets', () => {
    expect(destinationAfterSignIn(null)).toBe('/settings/development');
    expect(destinationAfterSignIn('//evil.example')).toBe('/settings/development');
    expect(destinationAfterSignIn('/signin?return_to=/x')).toBe('/settings/development');
  });
});

describe('isSpaPath', () => {
  it('tells the pages of this app from server paths', () => {
    expect(isSpaPath('/settings/development/apps/abc')).toBe(true);
    expect(isSpaPath('/oauth/consent?request_id=1')).toBe(true);
    expect(isSpaPath('/device?user_code=WDJB-MJHT')).toBe(true);
    expect(isSpaPath('/oauth/device_authorization')).toBe(false);
    expect(isSpaPath('/oauth/authorize?client_id=1')).toBe(false);
    expect(isSpaPath('/settingsx')).toBe(false);
  });
});
