import { describe, expect, it } from 'vitest';
import { matchRedirectUri } from './redirect-uri.js';

const registered = ['https://app.example.com/callback', 'http://127.0.0.1:8080/cb'];

describe('matchRedirectUri', () => {
  it.each([
    ['the exact URI', 'https://app.example.com/callback', true],
    ['a trailing slash', 'https://app.example.com/callback/', false],
    ['an added path segment', 'https://app.example.com/callback/more', false],
    ['an added query', 'https://app.example.com/callback?x=1', false],
    ['a fragment', 'https://app.example.com/callback#x', false],
    ['an added port on https', 'https://app.example.com:443/callback', false],
    ['a loopback port change', 'http://127.0.0.1:51234/cb', true],
    ['a loopback URI without a port', 'http://127.0.0.1/cb', true],
    ['a loopback path change', 'http://127.0.0.1:51234/other', false],
    ['another loopback host', 'http://localhost:8080/cb', false],
    ['loopback over https', 'https://127.0.0.1:8080/cb', false],
    ['a loopback fragment', 'http://127.0.0.1:9/cb#x', false],
    ['a loopback port over 65535', 'http://127.0.0.1:99999/cb', false],
    ['a loopback port of 65536', 'http://127.0.0.1:65536/cb', false],
    ['the highest loopback port', 'http://127.0.0.1:65535/cb', true],
  ])('judges %s', (_label, sent, ok) => {
    expect(matchRedirectUri(registered, sent)).toBe(ok ? sent : null);
  });

  it.each([
    ['the host', 'https://APP.Example.COM/callback', 'https://app.example.com/callback'],
    ['the scheme', 'HTTPS://app.example.com/callback', 'https://app.example.com/callback'],
    ['a loopback host and scheme', 'HTTP://127.0.0.1:5000/cb', 'http://127.0.0.1:5000/cb'],
  ])('matches a change in the case of %s, and answers the normalised URI', (_l, sent, uri) => {
    expect(matchRedirectUri(registered, sent)).toBe(uri);
  });

  it('matches a registered URI stored before normalisation', () => {
    expect(matchRedirectUri(['HTTPS://OLD.example/cb'], 'https://old.example/cb')).toBe(
      'https://old.example/cb',
    );
  });

  it('keeps the path case-sensitive', () => {
    expect(matchRedirectUri(registered, 'https://app.example.com/CALLBACK')).toBeNull();
  });

  it('lets the URI be omitted only when exactly one is registered', () => {
    expect(matchRedirectUri(['https://a.test/cb'], undefined)).toBe('https://a.test/cb');
    expect(matchRedirectUri(registered, undefined)).toBeNull();
  });

  it('refuses a registered URI that no longer parses', () => {
    expect(matchRedirectUri(['http://127.0.0.1:99999/cb'], 'http://127.0.0.1:99999/cb')).toBeNull();
    expect(matchRedirectUri(['http://127.0.0.1:99999/cb'], undefined)).toBeNull();
  });

  it('matches IPv6 loopback with another port', () => {
    expect(matchRedirectUri(['http://[::1]/cb'], 'http://[::1]:4000/cb')).toBe(
      'http://[::1]:4000/cb',
    );
  });
});
