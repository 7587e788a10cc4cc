import {
  SCOPE_DESCRIPTIONS,
  formatUserCode,
  normalizeUserCode,
  parseStoredScope,
  type Scope,
} from '@bnder/shared';
import type { DataSource } from 'typeorm';
import type { AppEntity } from '../../apps/app.entity.js';
import type { AppStore } from '../../apps/app.store.js';
import { inTransaction } from '../../db/transaction.js';
import { DomainError } from '../../errors/domain-error.js';
import type { AuthorizationsStore } from '../../grants/authorizations.store.js';
import type { DeviceAuthorizationEntity } from '../../grants/device-authorization.entity.js';
import type { DeviceAuthorizationsStore } from '../../grants/device-authorizations.store.js';
import type { AppIdentities, AppIdentity } from '../consent/app-identity.js';
import type { CodeTypist, WrongUserCodes } from './wrong-user-codes.js';

export type DeviceConsentView = {
  userCode: string;
  scopes: { name: Scope; description: string }[];
  app: AppIdentity;
};

type Pending = { request: DeviceAuthorizationEntity; app: AppEntity; userCode: string };

const unknownCode = () =>
  new DomainError('NOT_FOUND', 'This code is not valid: it may have expired or been used');

/**
 * The user's side of the device flow (RFC 8628 §3.3): look up the code the device shows, then
 * approve or deny it. Only the signed-in session gets here (see the resolver).
 */
export class DeviceConsentService {
  constructor(
    private readonly db: DataSource,
    private readonly clients: AppStore,
    private readonly requests: DeviceAuthorizationsStore,
    private readonly authorizations: AuthorizationsStore,
    private readonly identities: AppIdentities,
    private readonly wrongCodes: WrongUserCodes,
  ) {}

  async describe(typed: string, who: CodeTypist): Promise<DeviceConsentView> {
    const { request, app, userCode } = await this.pending(typed, who);
    const identity = await this.identities.of(app);
    if (!identity) throw unknownCode();
    return {
      userCode: formatUserCode(userCode),
      scopes: scopesOf(request).map((name) => ({ name, description: SCOPE_DESCRIPTIONS[name] })),
      app: identity,
    };
  }

  /**
   * The consent is recorded with the approval, so the device's tokens have their grant.
   * `authTime`: when the approving session's password was last proven (the ID token's auth_time).
   */
  async approve(
    typed: string,
    { userId, authTime }: { userId: string; authTime: Date },
    who: CodeTypist,
  ): Promise<void> {
    const { request, userCode } = await this.pending(typed, who);
    const approved = await inTransaction(this.db, async (m) => {
      const decision = { status: 'approved' as const, userId, authTime };
      if (!(await this.requests.decide(m, userCode, decision))) return false;
      await this.authorizations.grant(userId, request.appId, scopesOf(request), m);
      return true;
    });
    if (!approved) throw unknownCode();
  }

  /** §3.5: the device hears `access_denied` at its next poll. */
  async deny(typed: string, who: CodeTypist): Promise<void> {
    const { userCode } = await this.pending(typed, who);
    const denied = await inTransaction(this.db, (m) =>
      this.requests.decide(m, userCode, { status: 'denied' }),
    );
    if (!denied) throw unknownCode();
  }

  /** The app asking with this code, for the sign-in page; null (and counted) when unknown. */
  async appFor(typed: string, who: CodeTypist): Promise<AppEntity | null> {
    try {
      return (await this.pending(typed, who)).app;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  }

  private async pending(typed: string, who: CodeTypist): Promise<Pending> {
    await this.wrongCodes.reserve(who);
    const userCode = normalizeUserCode(typed);
    const request = userCode === null ? null : await this.requests.findPending(userCode);
    const app = request ? await this.clients.findById(request.appId) : null;
    if (!request || !app || !app.allowDeviceFlow || userCode === null) throw unknownCode();
    await this.wrongCodes.found(who);
    return { request, app, userCode };
  }
}

function scopesOf(request: DeviceAuthorizationEntity): Scope[] {
  return parseStoredScope(request.scope).scopes;
}
