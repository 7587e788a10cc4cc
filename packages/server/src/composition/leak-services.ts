import type { DataSource } from 'typeorm';
import { AppSecretLeaks } from '../apps/app-secret-leaks.js';
import { AppSuspensions } from '../apps/app-suspension.js';
import type { AppEventStore } from '../apps/app-event.store.js';
import type { AppSecretsService } from '../apps/app-secrets.service.js';
import type { Config } from '../config/load-config.js';
import type { SecretBox } from '../crypto/secret-box.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import { LeakedTokens } from '../grants/leaked-tokens.js';
import { LeakedCredentials } from '../oauth/credentials/leaked-credentials.js';
import { ScanningKeys } from '../oauth/credentials/scanning-keys.js';

type LeakDeps = {
  config: Config;
  db: DataSource;
  secretBox: SecretBox;
  appEvents: AppEventStore;
  appSecrets: AppSecretsService;
  revocation: GrantRevocationService;
};

/** Leaked credentials and operator suspensions: what acts on them, built once. */
export function createLeakServices(deps: LeakDeps) {
  const { config, db } = deps;
  return {
    leakedCredentials: new LeakedCredentials(
      new LeakedTokens(db, deps.revocation),
      new AppSecretLeaks(db, deps.secretBox, deps.appEvents, deps.appSecrets),
    ),
    // Read at start: a bad key file stops the server with its reason.
    scanningKeys: config.secretScanningKeys ? ScanningKeys.load(config.secretScanningKeys) : null,
    suspensions: new AppSuspensions(db, deps.appEvents, deps.revocation),
  };
}
