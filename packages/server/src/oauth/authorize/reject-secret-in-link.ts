import type { AppEntity } from '../../apps/app.entity.js';
import type { ClientRegistry } from '../../apps/client-registry.js';
import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

/**
 * A client secret belongs only at the token endpoint (RFC 6749 §2.3.1). One seen in a link has
 * leaked into browsers and logs: refuse it and warn the owner to rotate it.
 */
export async function rejectSecretInLink(
  clients: ClientRegistry,
  app: AppEntity,
  params: OAuthParams,
  repeated: readonly string[],
): Promise<void> {
  if (params.client_secret === undefined && !repeated.includes('client_secret')) return;
  await clients.markSecretLeaked(app);
  throw new InvalidRequest(
    'A client secret must never be sent in an authorize link; rotate it now',
  );
}
