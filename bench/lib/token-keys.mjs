import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SERVER_MAIN } from './settings.mjs';

/**
 * Tokens the bench stores for the product to redeem, minted and keyed the way the measured build
 * mints and keys its own (packages/server/src/grants/token-key.ts): since tokens carry their mint
 * time, its keys sort by time. A build from before that (BENCH_SERVER_MAIN) keys by plain SHA-256,
 * and so does the bench for it.
 */
const dist = dirname(SERVER_MAIN);
const keyModule = join(dist, 'grants/token-key.js');
export const timeOrderedKeys = existsSync(keyModule);

const sha256 = (value) => createHash('sha256').update(value).digest();
const product = timeOrderedKeys
  ? {
      ...(await import(pathToFileURL(keyModule).href)),
      ...(await import(pathToFileURL(join(dist, 'crypto/tokens.js')).href)),
    }
  : null;

/** A token with `prefix` (bnd_at_, bnd_rt_) as the measured build mints one. */
export const mintToken = (prefix) =>
  product ? product.timeOrderedToken(prefix) : `${prefix}${randomBytes(32).toString('base64url')}`;

/** The key the measured build stores `raw` under. */
export const tokenKey = (raw) => (product ? product.tokenKey(raw) : sha256(raw));
