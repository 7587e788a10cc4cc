import type { AppEntity } from '../../apps/app.entity.js';
import type { AppStore } from '../../apps/app.store.js';
import { InvalidRequest } from '../errors.js';

/**
 * A client secret belongs only at the token endpoint (RFC 6749 §2.3.1): a link carrying one is
 * always refused. Only the app's real secret has leaked, though (RFC 9700 §4.10 on credential
 * leakage), so only it warns the owner; any other value is an outsider's and changes nothing.
 */
export async function rejectSecretInLink(
  clients: AppStore,
  app: AppEntity,
  sentSecrets: readonly string[],
): Promise<void> {
  if (sentSecrets.length === 0) return;
  await clients.reportSecretInLink(app, sentSecrets);
  throw new InvalidRequest(
    'A client secret must never be sent in an authorize link; rotate it now',
  );
}
