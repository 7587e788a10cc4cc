import { TOKEN_PREFIX } from '@bnder/shared';
import type { AppSecretLeaks, LeakReport } from '../../apps/app-secret-leaks.js';
import type { LeakedTokens } from '../../grants/leaked-tokens.js';

/**
 * Credentials reported found in public, acted on before anyone can use them: tokens are
 * revoked with their grant, device codes dropped, and a client secret marks its app leaked
 * (and rotates it when the owner asked for that). The prefix says what a string claims to be;
 * an unprefixed string is looked up as a token, since imported legacy tokens have no prefix.
 * Returns the strings that were live credentials; callers decide what to reveal of that.
 */
export class LeakedCredentials {
  constructor(
    private readonly tokens: LeakedTokens,
    private readonly secrets: AppSecretLeaks,
  ) {}

  async act(credentials: readonly string[], report: LeakReport): Promise<Set<string>> {
    const unique = [...new Set(credentials)];
    const secrets = unique.filter((c) => c.startsWith(TOKEN_PREFIX.clientSecret));
    const deviceCodes = unique.filter((c) => c.startsWith(TOKEN_PREFIX.deviceCode));
    const tokens = unique.filter((c) => !secrets.includes(c) && !deviceCodes.includes(c));
    const live = await Promise.all([
      this.tokens.revokeTokens(tokens),
      this.tokens.revokeDeviceCodes(deviceCodes),
      this.secrets.reportLeaked(secrets, report),
    ]);
    return new Set(live.flatMap((set) => [...set]));
  }
}
