import { In, type DataSource } from 'typeorm';
import { sha256Hex } from '../crypto/tokens.js';
import { inTransaction } from '../db/transaction.js';
import { AuthorizationEntity } from './authorization.entity.js';
import { DeviceAuthorizationEntity } from './device-authorization.entity.js';
import type { GrantRevocationService } from './grant-revocation.service.js';
import { TokenEntity } from './token.entity.js';
import { possibleTokenKeys } from './token-key.js';

/**
 * Tokens and device codes reported found in public. A leaked access or refresh token takes its
 * whole grant with it, as a replayed refresh token does (RFC 9700 §4.14.2): whoever holds one
 * token of the chain may hold the others. The user's authorization records when it happened, so
 * the authorized-apps list can tell the user. Returns the strings that were live.
 */
export class LeakedTokens {
  constructor(
    private readonly db: DataSource,
    private readonly revocation: GrantRevocationService,
  ) {}

  async revokeTokens(rawTokens: readonly string[]): Promise<Set<string>> {
    if (rawTokens.length === 0) return new Set();
    // Each token under every key it may be stored under (token-key.ts).
    const byKey = new Map(
      rawTokens.flatMap((raw) => possibleTokenKeys(raw).map((key) => [key.toString('hex'), raw])),
    );
    // One indexed look-up for the whole report (token_hash is the tokens' unique key).
    const found = await this.db.getRepository(TokenEntity).find({
      select: { tokenHash: true, appId: true, userId: true, grantId: true },
      where: { tokenHash: In([...byKey.keys()].map((hex) => Buffer.from(hex, 'hex'))) },
    });
    if (found.length === 0) return new Set();
    const now = new Date();
    await inTransaction(this.db, async (m) => {
      const grants = new Map(found.map((t) => [`${t.appId}:${t.userId}:${t.grantId}`, t]));
      for (const token of grants.values())
        await this.revocation.revokeGrant(token, 'token_leaked', m);
      const pairs = new Map(found.map((t) => [`${t.appId}:${t.userId}`, t]));
      for (const { appId, userId } of pairs.values())
        await m.update(AuthorizationEntity, { appId, userId }, { tokenLeakedAt: now });
    });
    return new Set(found.flatMap((t) => byKey.get(Buffer.from(t.tokenHash).toString('hex')) ?? []));
  }

  /** RFC 8628 §5.6: a device code in public could be polled for tokens; it is dropped. */
  async revokeDeviceCodes(rawCodes: readonly string[]): Promise<Set<string>> {
    const live = new Set<string>();
    for (const raw of rawCodes) {
      const result = await this.db
        .getRepository(DeviceAuthorizationEntity)
        .delete({ deviceCodeHash: sha256Hex(raw) });
      if ((result.affected ?? 0) > 0) live.add(raw);
    }
    return live;
  }
}
