import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('seals to a value that is not the secret and opens back to it', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('bnd_cs_example');
    expect(sealed).not.toContain('bnd_cs_example');
    expect(sealed.startsWith(`v1.${box.keyId}.`)).toBe(true);
    expect(box.open(sealed)).toBe('bnd_cs_example');
  });

  it('refuses a value sealed under another key or tampered with', () => {
    const sealed = new SecretBox(randomBytes(32)).seal('x');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
    const box = new SecretBox(randomBytes(32));
    const tampered = box.seal('secret').replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    expect(() => box.open(tampered)).toThrow();
  });
});
