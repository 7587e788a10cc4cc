import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/** How long one nonce is current; the previous one is still accepted (RFC 9449 §8.2). */
export const NONCE_WINDOW_MS = 5 * 60 * 1000;

/**
 * Server-provided DPoP nonces (RFC 9449 §8, §9) without any state: a nonce is an HMAC of the
 * current five-minute window, keyed from SECRET_KEY, so every instance and node derives the same
 * one and accepts the others' without sharing a store. The current and the previous window are
 * accepted, so a nonce handed out just before a rotation still works; after at most ten minutes
 * it is refused with `use_dpop_nonce` and the fresh one, which bounds how long any proof (even
 * one made in advance by an attacker holding the key briefly, §11.2) can be used.
 */
export class DpopNonces {
  private readonly key: Buffer;
  private cached: { window: number; nonce: string } = { window: -1, nonce: '' };

  constructor(secretKey: Buffer) {
    // A key of its own (RFC 5869 HKDF), so a nonce reveals nothing about the secret box key.
    this.key = Buffer.from(hkdfSync('sha256', secretKey, Buffer.alloc(0), 'bnder dpop nonce', 32));
  }

  current(now = Date.now()): string {
    const window = Math.floor(now / NONCE_WINDOW_MS);
    if (this.cached.window !== window) this.cached = { window, nonce: this.nonceOf(window) };
    return this.cached.nonce;
  }

  accepts(nonce: string, now = Date.now()): boolean {
    const window = Math.floor(now / NONCE_WINDOW_MS);
    const presented = Buffer.from(nonce);
    return [window, window - 1].some((w) => {
      const expected = Buffer.from(w === window ? this.current(now) : this.nonceOf(w));
      return presented.length === expected.length && timingSafeEqual(presented, expected);
    });
  }

  private nonceOf(window: number): string {
    return createHmac('sha256', this.key).update(String(window)).digest('base64url').slice(0, 32);
  }
}
