import { loadConfig } from '../config/load-config.js';
import { openBnderDatabase } from '../composition/entities.js';
import { SecretBox } from '../crypto/secret-box.js';
import { SigningKeyStore } from '../grants/signing-key.store.js';
import { ID_TOKEN_ALGS, newSigningKey } from '../oauth/oidc/signing-keys.js';
import type { Output } from './import-legacy-tokens.js';

/**
 * `rotate-signing-keys`: a new ID token signing key per algorithm. Every instance signs with it
 * within seconds (signing-keys.ts re-reads the table); the retired key stays in the JWKS until
 * every ID token it signed has expired (ID_TOKEN_TTL). Prints key ids only, never a key.
 */
export async function rotateSigningKeys(output: Output): Promise<number> {
  const config = loadConfig();
  const db = await openBnderDatabase(config.databaseUrl);
  try {
    const store = new SigningKeyStore(db);
    const box = new SecretBox(config.secretKey);
    for (const alg of ID_TOKEN_ALGS) {
      const key = await newSigningKey(alg, box);
      await store.rotate(key);
      output.out(`New ${alg} signing key ${key.kid}`);
    }
    output.out(
      `Retired keys stay published for ${config.idTokenTtl} seconds (ID_TOKEN_TTL), then are removed`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
