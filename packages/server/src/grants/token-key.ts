import { TOKEN_PREFIX } from '@bnder/shared';
import { MINT_TIME_BYTES, sha256 } from '../crypto/tokens.js';

/**
 * The key a token row is stored and found under (`oauth_tokens.token_hash`, its unique index).
 *
 * Tokens are kept as hashes only, and a SHA-256 is uniformly random: every new token used to land
 * on a random leaf of the index, and once the index outgrew the buffer pool, each refresh dirtied
 * pages no other request shared, which the database then wrote back (bench/README.md, growth). A
 * token minted since carries its mint time in its first bytes (crypto/tokens.ts,
 * timeOrderedToken), and its key is that time followed by the first 26 bytes of its SHA-256: new
 * keys sort by time, so they append at the end of the index like the rows' own ids. The key
 * reveals only the time, which the row stores anyway, and keeps 208 bits of the digest.
 *
 * Tokens stored before were keyed by their plain SHA-256, and their leading bytes are random.
 * Those bytes read as a time within the plausible window for about one token in ten thousand;
 * every other old token is keyed by its plain SHA-256 here too. For the few that look
 * time-ordered, a look-up that finds nothing asks once more (possibleTokenKeys).
 */
export function tokenKey(rawToken: string): Buffer {
  return keysOf(rawToken).key;
}

/**
 * Every key the token may be stored under: tokenKey's first, then, for a token that reads as
 * time-ordered, its plain SHA-256, under which a token issued before the change was stored.
 * Look-ups that find nothing under the first try the second, so such a token stays valid until it
 * expires. One digest either way.
 */
export function possibleTokenKeys(rawToken: string): Buffer[] {
  const { key, legacy } = keysOf(rawToken);
  return legacy ? [key, legacy] : [key];
}

function keysOf(rawToken: string): { key: Buffer; legacy: Buffer | null } {
  const digest = sha256(rawToken);
  const minted = mintTimeOf(rawToken);
  if (minted === null) return { key: digest, legacy: null };
  const key = Buffer.allocUnsafe(digest.length);
  key.writeUIntBE(minted, 0, MINT_TIME_BYTES);
  digest.copy(key, MINT_TIME_BYTES, 0, digest.length - MINT_TIME_BYTES);
  return { key, legacy: digest };
}

/** When tokens began to carry their mint time: an earlier "time" is a random old token's. */
const TIME_ORDERED_SINCE = Date.UTC(2026, 11, 7);
/** How far ahead of this clock a token's time may be: another instance's clock may run ahead. */
const CLOCK_AHEAD_MS = 366 * 24 * 3600 * 1000;
/** Base64url characters that encode MINT_TIME_BYTES exactly (6 bytes, 8 characters). */
const TIME_CHARS = (MINT_TIME_BYTES / 3) * 4;
/** Each base64url character's 6-bit value by its char code (RFC 4648 §5), -1 for any other. */
const DIGITS = new Int8Array(128).fill(-1);
for (const [value, char] of [
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
].entries())
  DIGITS[char.charCodeAt(0)] = value;
/** 32 bytes in unpadded base64url. */
const BODY_CHARS = 43;
const PREFIXES = [TOKEN_PREFIX.accessToken, TOKEN_PREFIX.refreshToken];

/** The mint time a token's leading bytes name, or null when they cannot be one. */
function mintTimeOf(rawToken: string): number | null {
  const prefix = PREFIXES.find((p) => rawToken.startsWith(p));
  if (prefix === undefined || rawToken.length !== prefix.length + BODY_CHARS) return null;
  // Read in place, 6 bits a character: on every bearer check, no Buffer is worth allocating.
  let minted = 0;
  for (let i = prefix.length; i < prefix.length + TIME_CHARS; i += 1) {
    const digit = DIGITS[rawToken.charCodeAt(i)] ?? -1;
    if (digit === -1) return null;
    minted = minted * 64 + digit;
  }
  return minted >= TIME_ORDERED_SINCE && minted <= Date.now() + CLOCK_AHEAD_MS ? minted : null;
}
