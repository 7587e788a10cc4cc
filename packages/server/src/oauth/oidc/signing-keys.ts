import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import type { SecretBox } from '../../crypto/secret-box.js';
import type { SigningKeyEntity } from '../../grants/signing-key.entity.js';
import type { NewSigningKey, SigningKeyStore } from '../../grants/signing-key.store.js';

import { ID_TOKEN_ALGS, type IdTokenAlg } from '../../grants/id-token-algs.js';

export { ID_TOKEN_ALGS, type IdTokenAlg };

/**
 * Keys are re-read this often, so a rotation on one instance reaches every other one within
 * seconds, without a restart (and at once when a token names a key not seen yet).
 */
const CACHE_MS = 5_000;

type Loaded = { at: number; rows: SigningKeyEntity[] };
export type ActiveKey = { kid: string; alg: IdTokenAlg; key: CryptoKey };

/** Generates a key pair; the private half leaves this function only sealed. */
export async function newSigningKey(alg: IdTokenAlg, box: SecretBox): Promise<NewSigningKey> {
  const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const jwk = { ...publicJwk, kid, alg, use: 'sig' };
  return {
    kid,
    alg,
    publicJwk: JSON.stringify(jwk),
    privateJwkSealed: box.seal(JSON.stringify(await exportJWK(privateKey))),
  };
}

/**
 * The signing keys every instance shares (table oidc_signing_keys): created on first use,
 * rotated by `pnpm admin rotate-signing-keys`, pruned once no unexpired ID token needs them.
 */
export class SigningKeys {
  private loaded: Loaded | null = null;
  private readonly privateKeys = new Map<string, Promise<CryptoKey>>();

  constructor(
    private readonly store: SigningKeyStore,
    private readonly box: SecretBox,
    private readonly idTokenTtlSeconds: number,
  ) {}

  /** The key that signs new ID tokens of this algorithm. */
  async active(alg: IdTokenAlg): Promise<ActiveKey> {
    let row = (await this.rows()).find((r) => r.activeAlg === alg);
    if (!row) {
      await this.store.addFirst(await newSigningKey(alg, this.box));
      row = (await this.rows(true)).find((r) => r.activeAlg === alg);
      if (!row) throw new Error(`No active ${alg} signing key`);
    }
    return { kid: row.kid, alg, key: await this.privateKey(row) };
  }

  /** RFC 7517 §5: the public keys, active and retired-but-still-needed. */
  async jwks(): Promise<{ keys: JWK[] }> {
    for (const alg of ID_TOKEN_ALGS) await this.active(alg);
    return { keys: (await this.rows()).map((r) => JSON.parse(r.publicJwk) as JWK) };
  }

  /** The public key named `kid`, re-reading the table once when it is not known yet. */
  async publicKey(kid: string): Promise<JWK | null> {
    const find = (rows: SigningKeyEntity[]) => rows.find((r) => r.kid === kid);
    const row = find(await this.rows()) ?? find(await this.rows(true));
    return row ? (JSON.parse(row.publicJwk) as JWK) : null;
  }

  private async rows(fresh = false): Promise<SigningKeyEntity[]> {
    if (!fresh && this.loaded && Date.now() - this.loaded.at < CACHE_MS) return this.loaded.rows;
    // A retired key is dropped once the last ID token it signed has expired.
    const cutoff = new Date(Date.now() - this.idTokenTtlSeconds * 1000);
    if (this.loaded?.rows.some((r) => r.retiredAt !== null && r.retiredAt < cutoff))
      await this.store.removeRetiredBefore(cutoff);
    const rows = (await this.store.all()).filter(
      (r) => r.retiredAt === null || r.retiredAt >= cutoff,
    );
    this.loaded = { at: Date.now(), rows };
    return rows;
  }

  private privateKey(row: SigningKeyEntity): Promise<CryptoKey> {
    let key = this.privateKeys.get(row.kid);
    if (!key) {
      const jwk = JSON.parse(this.box.open(row.privateJwkSealed)) as JWK;
      key = importJWK(jwk, row.alg) as Promise<CryptoKey>;
      this.privateKeys.set(row.kid, key);
    }
    return key;
  }
}
