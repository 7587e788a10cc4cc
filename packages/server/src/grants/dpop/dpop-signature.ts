import { createHash, createPublicKey, verify, type KeyObject } from 'node:crypto';
import { DpopProofError } from './dpop-proof-error.js';

/**
 * RFC 9449 §4.2: asymmetric algorithms only (a MAC would need a secret shared with the server).
 * ES256 is what most clients use; EdDSA and RS256 cover the rest. Metadata lists these (§5.1).
 */
export const DPOP_ALGORITHMS = ['ES256', 'EdDSA', 'RS256'] as const;
type DpopAlgorithm = (typeof DPOP_ALGORITHMS)[number];

/** Private members of a JWK (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2): a proof carries none. */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/**
 * Per algorithm: the key type and curve the `jwk` must have (RFC 7518 §3.1, §3.4; RFC 8037 §3.1),
 * the members its RFC 7638 thumbprint hashes, in that section's lexicographic order, and how
 * node:crypto verifies. RS256 keys under 2048 bits are refused (RFC 7518 §3.3).
 */
const ALGORITHMS: Record<
  DpopAlgorithm,
  { kty: string; crv?: string; members: string[]; digest: string | null }
> = {
  ES256: { kty: 'EC', crv: 'P-256', members: ['crv', 'kty', 'x', 'y'], digest: 'sha256' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519', members: ['crv', 'kty', 'x'], digest: null },
  RS256: { kty: 'RSA', members: ['e', 'kty', 'n'], digest: 'sha256' },
};
const MIN_RSA_BITS = 2048;

/** A proof's protected header, once checked: its algorithm, its key and the key's thumbprint. */
type ProofKey = { alg: DpopAlgorithm; key: KeyObject; jkt: string };

/**
 * Checked headers by their encoded form. A client signs every proof with one key and the same
 * header, so the JSON parse, the key import and the thumbprint are done once per key, not per
 * request. Only a header that passed every check is kept, and the same bytes always give the
 * same header, so a hit decides exactly what the checks would. Bounded: the oldest goes first.
 */
const MAX_KEYS = 1000;
const MAX_CACHED_HEADER = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export class DpopKeys {
  private readonly byHeader = new Map<string, ProofKey>();

  /**
   * §4.3 points 2–7: a JWS in compact form whose header says `dpop+jwt`, an allowed algorithm and
   * a public key, signed by that key. Returns the claims and the key's thumbprint (RFC 7638).
   */
  verify(proof: string): { payload: Record<string, unknown>; jkt: string } {
    const [header = '', payload = '', signature = '', ...rest] = proof.split('.');
    const key = this.keyOf(header);
    if (rest.length > 0 || !BASE64URL.test(payload) || !BASE64URL.test(signature))
      throw notVerified();
    const { alg } = key;
    const bytes = Buffer.from(signature, 'base64url');
    // RFC 7518 §3.4: an ES256 signature is R and S, 32 bytes each.
    if (alg === 'ES256' && bytes.length !== 64) throw notVerified();
    let verified = false;
    try {
      verified = verify(
        ALGORITHMS[alg].digest,
        Buffer.from(`${header}.${payload}`, 'latin1'),
        alg === 'ES256' ? { key: key.key, dsaEncoding: 'ieee-p1363' } : key.key,
        bytes,
      );
    } catch {
      throw notVerified();
    }
    if (!verified) throw notVerified();
    return { payload: claimsOf(payload), jkt: key.jkt };
  }

  private keyOf(header: string): ProofKey {
    const cached = this.byHeader.get(header);
    if (cached) return cached;
    const key = importKey(header);
    if (header.length <= MAX_CACHED_HEADER) {
      if (this.byHeader.size >= MAX_KEYS) this.byHeader.delete(this.byHeader.keys().next().value!);
      this.byHeader.set(header, key);
    }
    return key;
  }
}

/** The header's checks, in RFC 9449 §4.3's order, then its key, imported and thumbprinted. */
function importKey(encoded: string): ProofKey {
  const header = jsonObject(encoded);
  if (!header) throw invalid('The DPoP proof is not a well-formed JWT');
  if (header.typ !== 'dpop+jwt') throw invalid('The DPoP proof must have typ dpop+jwt');
  const alg = header.alg;
  if (typeof alg !== 'string' || !(DPOP_ALGORITHMS as readonly string[]).includes(alg))
    throw invalid(`The DPoP proof must be signed with one of ${DPOP_ALGORITHMS.join(', ')}`);
  const jwk = header.jwk;
  if (!isObject(jwk)) throw invalid('The DPoP proof must carry its jwk');
  if (PRIVATE_MEMBERS.some((member) => member in jwk))
    throw invalid('The jwk of a DPoP proof must be a public key, without its private parts');
  // RFC 7515 §4.1.11: an extension the server does not understand must be refused, and it
  // understands none.
  if ('crit' in header) throw notVerified();
  const spec = ALGORITHMS[alg as DpopAlgorithm];
  // RFC 7517 §4.2–4.4: a key restricted to other uses or another algorithm cannot sign this.
  if (jwk.kty !== spec.kty || (spec.crv !== undefined && jwk.crv !== spec.crv)) throw notVerified();
  if (jwk.use !== undefined && jwk.use !== 'sig') throw notVerified();
  if (jwk.alg !== undefined && jwk.alg !== alg) throw notVerified();
  if (jwk.key_ops !== undefined && !onlyVerify(jwk.key_ops)) throw notVerified();
  if (jwk.ext !== undefined && typeof jwk.ext !== 'boolean') throw notVerified();
  if (spec.members.some((member) => typeof jwk[member] !== 'string')) throw notVerified();
  // RFC 7638 §3.2: the required members only, in lexicographic order, without whitespace.
  const required = Object.fromEntries(spec.members.map((member) => [member, jwk[member]]));
  let key: KeyObject;
  try {
    key = createPublicKey({ key: required, format: 'jwk' });
  } catch {
    throw notVerified();
  }
  const details = key.asymmetricKeyDetails;
  if (spec.kty === 'RSA' && (details?.modulusLength ?? 0) < MIN_RSA_BITS) throw notVerified();
  const jkt = createHash('sha256').update(JSON.stringify(required)).digest('base64url');
  return { alg: alg as DpopAlgorithm, key, jkt };
}

/** The claims: a JSON object with jti, htm, htu and iat (RFC 9449 §4.2), numeric dates valid. */
function claimsOf(encoded: string): Record<string, unknown> {
  const payload = jsonObject(encoded);
  if (!payload) throw notVerified();
  for (const claim of ['jti', 'htm', 'htu', 'iat'])
    if (!Object.hasOwn(payload, claim)) throw notVerified();
  // RFC 7519 §4.1.4, §4.1.5: when present, exp must be in the future and nbf in the past.
  const now = Math.floor(Date.now() / 1000);
  for (const claim of ['iat', 'nbf', 'exp'])
    if (payload[claim] !== undefined && typeof payload[claim] !== 'number') throw notVerified();
  if (typeof payload.nbf === 'number' && payload.nbf > now) throw notVerified();
  if (typeof payload.exp === 'number' && payload.exp <= now) throw notVerified();
  return payload;
}

function jsonObject(encoded: string): Record<string, unknown> | null {
  if (!BASE64URL.test(encoded)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `key_ops` (RFC 7517 §4.3), when present, must allow verifying and nothing else. */
const onlyVerify = (ops: unknown) => Array.isArray(ops) && ops.length === 1 && ops[0] === 'verify';

const invalid = (message: string) => new DpopProofError('invalid_dpop_proof', message);
const notVerified = () =>
  invalid('The DPoP proof does not verify: signature, jwk and the claims jti, htm, htu and iat');
