import type { AppEventType } from '@bnder/shared';
import type { AppEventStore } from '../../apps/app-event.store.js';
import type { AppStore } from '../../apps/app.store.js';
import type { Grant, GrantRevocationService } from '../../grants/grant-revocation.service.js';

/**
 * RFC 6749 §4.1.2 and §10.4, RFC 9700 §4.14.2: a replayed code or refresh token means one of
 * its two holders is an attacker, so every token of the grant is revoked and the owner told.
 */
export class GrantReplay {
  constructor(
    private readonly revocation: GrantRevocationService,
    private readonly events: AppEventStore,
    private readonly clients: AppStore,
  ) {}

  async revoke(grant: Grant, type: AppEventType): Promise<void> {
    await this.revocation.revokeGrant(grant, 'grant_replayed');
    const app = await this.clients.findById(grant.appId);
    if (app) await this.events.record(app, type, null, null);
  }
}
