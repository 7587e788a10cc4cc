import { checkAccountCap } from '../accounts/account-caps.js';
import { createAppSchema, updateAppSchema } from '@bnder/shared';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { newOrderedId, sha256 } from '../crypto/tokens.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { badInput } from '../errors/domain-error.js';
import { validate } from '../errors/validate.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import { redirectUrisDetail, renamedDetail, sameList } from './app-changes.js';
import type { AppEventStore } from './app-event.store.js';
import { newClientId, newClientSecret } from './app-secrets.js';
import type { AppSecretsService, AppWithSecret } from './app-secrets.service.js';
import { AppEntity } from './app.entity.js';
import { applyProfile, validProfile, type AppProfilePatch } from './app-profile.js';
import { findOwnedApp, lockOwnedApp } from './owned-app-lookup.js';
import { widensWhereTokensGo } from './widening-changes.js';
import { sudoRequired } from '../principals/recent-sign-in.js';
import { applyRotateOnLeak, readRotateOnLeak } from './rotate-on-leak.js';
import { applyRequirePushed, readRequirePushed } from './require-pushed-requests.js';
import { applyRequireDpop, readRequireDpop } from './require-dpop.js';
import {
  applyIdTokenSigningAlg,
  idTokenAlgDetail,
  readIdTokenSigningAlg,
} from './id-token-signing-alg.js';
import { DEFAULT_ID_TOKEN_ALG } from '../grants/id-token-algs.js';
import { inTransaction } from '../db/transaction.js';
import { keysetPage, type Page, type PageRequest } from '../db/keyset-page.js';

/**
 * An owner's edit: name and redirect URIs (validated by the shared schema), the secret switch,
 * and who the app is with its device-flow switch.
 */
export type AppPatch = AppProfilePatch & {
  name?: unknown;
  redirectUris?: unknown;
  requireSecret?: unknown;
  rotateSecretOnLeak?: unknown;
  requirePushedAuthorizationRequests?: unknown;
  requireDpop?: unknown;
  idTokenSignedResponseAlg?: unknown;
};

/** Owned OAuth apps: what their owner can do with them. Every change records its event. */
export class AppsService {
  private readonly apps: Repository<AppEntity>;

  constructor(
    private readonly db: DataSource,
    private readonly secretBox: SecretBox,
    private readonly events: AppEventStore,
    private readonly secrets: AppSecretsService,
    private readonly revocation: GrantRevocationService,
    private readonly maxAppsPerAccount: number,
  ) {
    this.apps = db.getRepository(AppEntity);
  }

  /** A page of the owner's apps, newest first. */
  list(ownerId: string, page: PageRequest): Promise<Page<AppEntity>> {
    const query = this.apps.createQueryBuilder('app').where('app.ownerId = :ownerId', { ownerId });
    return keysetPage(query, page);
  }

  get(ownerId: string, clientId: string): Promise<AppEntity> {
    return findOwnedApp(this.apps, ownerId, clientId);
  }

  /** Returns the secret in full, once, when the app requires one. */
  async create(ownerId: string, input: AppPatch): Promise<AppWithSecret> {
    const { name, redirectUris, requireSecret } = validate(createAppSchema, {
      name: input.name,
      redirectUris: input.redirectUris,
      requireSecret: input.requireSecret,
    });
    const profile = validProfile(input);
    const clientSecret = requireSecret ? newClientSecret() : null;
    const now = new Date();
    const app = Object.assign(new AppEntity(), {
      id: newOrderedId(),
      clientId: newClientId(),
      ownerId,
      name,
      redirectUrisJson: JSON.stringify(redirectUris),
      requireSecret,
      secretSealed: clientSecret === null ? null : this.secretBox.seal(clientSecret),
      secretHash: clientSecret === null ? null : sha256(clientSecret),
      secretLeakedAt: null,
      secretLeakUrl: null,
      rotateSecretOnLeak: readRotateOnLeak(input.rotateSecretOnLeak) ?? false,
      requirePushedAuthorizationRequests:
        readRequirePushed(input.requirePushedAuthorizationRequests) ?? false,
      suspendedAt: null,
      suspendedReason: null,
      createdAt: now,
      updatedAt: now,
      lastUsedAt: null,
      allowDeviceFlow: profile.allowDeviceFlow ?? false,
      requireDpop: readRequireDpop(input.requireDpop) ?? false,
      idTokenSignedResponseAlg:
        readIdTokenSigningAlg(input.idTokenSignedResponseAlg) ?? DEFAULT_ID_TOKEN_ALG,
      description: profile.description ?? null,
      homepageUrl: profile.homepageUrl ?? null,
      privacyPolicyUrl: profile.privacyPolicyUrl ?? null,
      termsOfServiceUrl: profile.termsOfServiceUrl ?? null,
    });
    const cap = { max: this.maxAppsPerAccount, what: 'apps', setting: 'MAX_APPS_PER_ACCOUNT' };
    await inTransaction(this.db, async (m) => {
      await checkAccountCap(m, ownerId, cap, () => m.countBy(AppEntity, { ownerId }));
      await m.insert(AppEntity, app);
      await this.events.record(app, 'CREATED', ownerId, JSON.stringify(name), m);
      if (app.allowDeviceFlow) await this.events.record(app, 'DEVICE_FLOW_ON', ownerId, null, m);
      if (app.rotateSecretOnLeak)
        await this.events.record(app, 'ROTATE_ON_LEAK_ON', ownerId, null, m);
      if (app.requirePushedAuthorizationRequests)
        await this.events.record(app, 'PUSHED_REQUESTS_REQUIRED_ON', ownerId, null, m);
      if (app.requireDpop) await this.events.record(app, 'DPOP_REQUIRED_ON', ownerId, null, m);
      if (app.idTokenSignedResponseAlg !== DEFAULT_ID_TOKEN_ALG) {
        const detail = idTokenAlgDetail(DEFAULT_ID_TOKEN_ALG, app.idTokenSignedResponseAlg);
        await this.events.record(app, 'ID_TOKEN_SIGNING_ALG_CHANGED', ownerId, detail, m);
      }
    });
    return { app, clientSecret };
  }

  /**
   * Name and redirect URIs (the owner's order kept), and, for REST's PATCH, the secret switch,
   * all in one transaction. Returns a secret only when the switch created one. Without a recent
   * sign-in, a change that widens where the app's codes and tokens go is refused before any
   * part of the edit is written.
   */
  async update(
    ownerId: string,
    clientId: string,
    patch: AppPatch,
    recentSignIn: boolean,
  ): Promise<AppWithSecret> {
    const { name, redirectUris } = validate(updateAppSchema, {
      name: patch.name,
      redirectUris: patch.redirectUris,
    });
    const requireSecret = patch.requireSecret;
    if (requireSecret !== undefined && typeof requireSecret !== 'boolean') {
      throw badInput('requireSecret must be true or false', 'requireSecret');
    }
    const profile = validProfile(patch);
    const rotateOnLeak = readRotateOnLeak(patch.rotateSecretOnLeak);
    const requirePushed = readRequirePushed(patch.requirePushedAuthorizationRequests);
    const requireDpop = readRequireDpop(patch.requireDpop);
    const idTokenAlg = readIdTokenSigningAlg(patch.idTokenSignedResponseAlg);
    return inTransaction(this.db, async (m) => {
      const app = await lockOwnedApp(m, ownerId, clientId);
      if (!recentSignIn && widensWhereTokensGo(app, redirectUris, profile.allowDeviceFlow)) {
        throw sudoRequired();
      }
      if (name !== undefined && name !== app.name) await this.rename(m, app, name, ownerId);
      if (redirectUris !== undefined && !sameList(redirectUris, app.redirectUris)) {
        await this.changeRedirectUris(m, app, redirectUris, ownerId);
      }
      await applyProfile(m, app, profile, ownerId, this.events);
      await applyRotateOnLeak(m, app, rotateOnLeak, ownerId, this.events);
      await applyRequirePushed(m, app, requirePushed, ownerId, this.events);
      await applyRequireDpop(m, app, requireDpop, ownerId, this.events);
      await applyIdTokenSigningAlg(m, app, idTokenAlg, ownerId, this.events);
      const clientSecret =
        requireSecret === undefined
          ? null
          : await this.secrets.switchRequireSecret(m, app, requireSecret, ownerId);
      return { app, clientSecret };
    });
  }

  /**
   * Deleting is immediate: the app's tokens, codes and authorizations go with it (FK cascade,
   * and signed out explicitly too). The DELETED event stays in the owner's log.
   */
  async delete(ownerId: string, clientId: string): Promise<void> {
    await inTransaction(this.db, async (m) => {
      const app = await lockOwnedApp(m, ownerId, clientId);
      await this.events.record(app, 'DELETED', ownerId, JSON.stringify(app.name), m);
      await this.revocation.signOutApp(app.id, 'app_deleted', m);
      await m.delete(AppEntity, { id: app.id });
    });
  }

  private async rename(m: EntityManager, app: AppEntity, name: string, actorId: string) {
    const detail = renamedDetail(app.name, name);
    await this.save(m, app, { name });
    await this.events.record(app, 'RENAMED', actorId, detail, m);
  }

  private async changeRedirectUris(
    m: EntityManager,
    app: AppEntity,
    redirectUris: string[],
    actorId: string,
  ) {
    const detail = redirectUrisDetail(app.redirectUris, redirectUris);
    await this.save(m, app, { redirectUrisJson: JSON.stringify(redirectUris) });
    await this.events.record(app, 'REDIRECT_URIS_CHANGED', actorId, detail, m);
  }

  private async save(m: EntityManager, app: AppEntity, changes: Partial<AppEntity>) {
    const withTime = { ...changes, updatedAt: new Date() };
    await m.update(AppEntity, { id: app.id }, withTime);
    Object.assign(app, withTime);
  }
}
