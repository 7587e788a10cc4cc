import { loadConfig } from '../config/load-config.js';
import { openBnderDatabase } from '../composition/entities.js';
import { AppEventStore } from '../apps/app-event.store.js';
import { AppSuspensions } from '../apps/app-suspension.js';
import { GrantRevocationService } from '../grants/grant-revocation.service.js';
import { DomainError } from '../errors/domain-error.js';
import type { Output } from './import-legacy-tokens.js';

/**
 * `suspend-app CLIENT_ID --reason "…"` and `unsuspend-app CLIENT_ID`: an operator's switch
 * (see apps/app-suspension.ts). Returns the exit code.
 */
export async function changeSuspension(
  action: 'suspend' | 'unsuspend',
  clientId: string,
  reason: string | undefined,
  output: Output,
): Promise<number> {
  const config = loadConfig();
  const db = await openBnderDatabase(config.databaseUrl);
  try {
    // Only what a suspension needs: no rate-limit store or Redis connection to keep the CLI open.
    const suspensions = new AppSuspensions(
      db,
      new AppEventStore(db),
      new GrantRevocationService(db),
    );
    if (action === 'suspend') {
      const app = await suspensions.suspend(clientId, reason ?? '');
      output.out(`Suspended ${app.clientId} (${app.name}); its tokens were revoked`);
    } else {
      const app = await suspensions.unsuspend(clientId);
      output.out(
        `Lifted the suspension of ${app.clientId} (${app.name}); revoked tokens stay revoked`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      output.err(`No app has the client id ${clientId}`);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}
