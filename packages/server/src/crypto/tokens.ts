import { hash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { v7 as uuidV7 } from 'uuid';

/** A CSPRNG string of `bytes` random bytes, base64url, after an optional recognisable prefix. */
export function randomToken(prefix = '', bytes = 32): string {
  const random = pooledRandomBytes(bytes);
  const token = prefix + random.toString('base64url');
  random.fill(0);
  return token;
}

/** How many leading bytes of a time-ordered token are its mint time: 2^48 ms is 8,900 years. */
export const MINT_TIME_BYTES = 6;

/**
 * Like randomToken, but its first 6 bytes are `now` in milliseconds, big-endian, so tokens minted
 * later sort later: a key derived from them lands at the end of an index instead of on a random
 * page of it (grants/token-key.ts). The remaining bytes stay random: 26 of 32 leave 208 bits,
 * well above the 128 that RFC 6749 §10.10 and RFC 6819 §5.1.4.2.2 ask of a token.
 */
export function timeOrderedToken(prefix: string, bytes = 32, now = Date.now()): string {
  const random = pooledRandomBytes(bytes);
  random.writeUIntBE(now, 0, MINT_TIME_BYTES);
  const token = prefix + random.toString('base64url');
  random.fill(0);
  return token;
}

// The CSPRNG is asked for a batch at a time, as Node does for randomUUID(): every token endpoint
// request mints two tokens, and each separate call costs more than the bytes. Bytes are used
// once and zeroed once encoded.
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;

function pooledRandomBytes(bytes: number): Buffer {
  if (bytes > POOL_BYTES) return randomBytes(bytes);
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return slice;
}

// crypto.hash is the one-shot form: no Hash object per call, which every request would pay for.
export function sha256Hex(value: string): string {
  return hash('sha256', value, 'hex');
}

/** The 32 raw bytes, for keys stored as BINARY(32): half the index of the hex form. */
export function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}

/** A random UUID (v4): for ids that also serve as handles, which must not be guessable. */
export function newId(): string {
  return randomUUID();
}

/**
 * A time-ordered UUID (RFC 9562 §5.7, v7), monotonic within this process (§6.2), for rows that
 * lists show newest first: two made in the same millisecond still sort in the order they were
 * made, where a creation time alone ties. Lists order by `created_at` and then by this id.
 */
export function newOrderedId(): string {
  return uuidV7();
}

/** Compares two strings in time that depends only on their lengths' digests, not their content. */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = sha256(a);
  const right = sha256(b);
  return timingSafeEqual(left, right);
}
