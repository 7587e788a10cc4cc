import { describe, expect, it } from 'vitest';
import { coversScopes, parseRequestedScope, parseStoredScope } from './scopes.js';

describe('parseRequestedScope', () => {
  it.each([
    [undefined, 'invalid'],
    ['', 'invalid'],
    ['   ', 'invalid'],
    ['admin', 'invalid'],
    ['read admin', 'invalid'],
    ['READ', 'invalid'],
    ['openid', 'invalid'],
    ['openid profile email', 'invalid'],
    ['read address', 'invalid'],
  ])('refuses %j', (raw, kind) => {
    expect(parseRequestedScope(raw).kind).toBe(kind);
  });

  it('accepts explicit scopes and orders them canonically', () => {
    expect(parseRequestedScope('delete read read')).toEqual({
      kind: 'explicit',
      scopes: ['read', 'delete'],
    });
  });
});

it('lets identity scopes add to an API scope', () => {
  expect(parseRequestedScope('email openid read')).toEqual({
    kind: 'explicit',
    scopes: ['read', 'openid', 'email'],
  });
});

describe('parseStoredScope', () => {
  it('treats pre-release custom scopes as read-only legacy', () => {
    expect(parseStoredScope('notes:write admin')).toEqual({ scopes: ['read'], legacy: true });
    expect(parseStoredScope('write legacy_all')).toEqual({ scopes: ['read'], legacy: true });
  });

  it('keeps explicit scopes as they are', () => {
    expect(parseStoredScope('write delete')).toEqual({
      scopes: ['write', 'delete'],
      legacy: false,
    });
  });
});

describe('coversScopes', () => {
  it('does not let write imply read', () => {
    expect(coversScopes(['write'], ['read'])).toBe(false);
    expect(coversScopes(['read', 'write'], ['read'])).toBe(true);
  });
});
