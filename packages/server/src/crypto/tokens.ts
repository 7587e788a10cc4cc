import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/** A CSPRNG string of `bytes` random bytes, base64url, after an optional recognisable prefix. */
export function randomToken(prefix = '', bytes = 32): string {
  return prefix + randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The 32 raw bytes, for keys stored as BINARY(32): half the index of the hex form. */
export function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

export function newId(): string {
  return randomUUID();
}

/** Compares two strings in time that depends only on their lengths' digests, not their content. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}
