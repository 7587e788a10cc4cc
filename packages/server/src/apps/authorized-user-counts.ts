import DataLoader from 'dataloader';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';

/**
 * How many users authorized each app, batched per GraphQL request: every app of a page asks in
 * the same tick, and one grouped query answers them all, so a page costs the same number of
 * statements whether it holds 3 apps or 100 (no query per item). A loader lives as long as its
 * request (the context object), so a count is never served from an earlier request.
 */
export class AuthorizedUserCounts {
  private readonly loaders = new WeakMap<object, DataLoader<string, number>>();

  constructor(private readonly revocation: GrantRevocationService) {}

  of(request: object, appId: string): Promise<number> {
    let loader = this.loaders.get(request);
    if (!loader) {
      loader = new DataLoader(async (appIds: readonly string[]) => {
        const counts = await this.revocation.countAuthorizedUsersOf(appIds);
        return appIds.map((id) => counts.get(id) ?? 0);
      });
      this.loaders.set(request, loader);
    }
    return loader.load(appId);
  }
}
