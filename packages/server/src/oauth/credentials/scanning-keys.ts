import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The code hosts' public keys for secret-scanning reports, from the JSON file SECRET_SCANNING_KEYS
 * names: `{ "public_keys": [{ "key_identifier", "key" (PEM) }] }`, the shape GitHub publishes.
 * Read once at start; a file that cannot be read or parsed stops the start with its reason.
 */
export class ScanningKeys {
  private constructor(private readonly keys: ReadonlyMap<string, KeyObject>) {}

  static load(path: string): ScanningKeys {
    let parsed: { public_keys?: { key_identifier?: unknown; key?: unknown }[] };
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8')) as typeof parsed;
    } catch (error) {
      throw new Error(`SECRET_SCANNING_KEYS: cannot read ${path}: ${(error as Error).message}`);
    }
    const keys = new Map<string, KeyObject>();
    for (const entry of parsed.public_keys ?? []) {
      if (typeof entry.key_identifier !== 'string' || typeof entry.key !== 'string')
        throw new Error(`SECRET_SCANNING_KEYS: each key needs key_identifier and key in ${path}`);
      const key = createPublicKey(entry.key);
      if (key.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
        throw new Error(`SECRET_SCANNING_KEYS: ${entry.key_identifier} is not a P-256 key`);
      keys.set(entry.key_identifier, key);
    }
    return new ScanningKeys(keys);
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /**
   * ECDSA P-256 with SHA-256 over the raw body, the signature base64 DER encoded. The
   * signature must be the key's own: a malformed one is simply not valid.
   */
  verifies(keyId: string, body: Buffer, signatureBase64: string): boolean {
    const key = this.keys.get(keyId);
    if (!key) return false;
    try {
      const signature = Buffer.from(signatureBase64, 'base64');
      return verify('sha256', body, { key, dsaEncoding: 'der' }, signature);
    } catch {
      return false;
    }
  }
}
