import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Config } from '../config/load-config.js';
import { PageArgs, connectionType, toConnection } from '../toolkit/graphql/connection.js';
import { unauthenticated } from '../errors/domain-error.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { hasRecentSignIn, requireRecentSignIn } from '../principals/recent-sign-in.js';
import type { AppActivityService } from './app-activity.service.js';
import { OAuthAppEventType } from './app-event.type.js';
import type { AppSecretsService } from './app-secrets.service.js';
import { OAuthAppSecretPayload, OAuthAppType } from './app.type.js';
import { CreateOAuthAppInput, UpdateOAuthAppInput } from './apps.inputs.js';
import type { AppsService } from './apps.service.js';
import { AuthorizedUserCounts } from './authorized-user-counts.js';

const OAuthAppConnection = connectionType(OAuthAppType, 'OAuthAppConnection', 'your OAuth apps');
type OAuthAppConnection = InstanceType<typeof OAuthAppConnection>;
const OAuthAppEventConnection = connectionType(
  OAuthAppEventType,
  'OAuthAppEventConnection',
  'an app’s activity log',
);
type OAuthAppEventConnection = InstanceType<typeof OAuthAppEventConnection>;

/**
 * Owned OAuth apps over GraphQL. Bearer tokens need read / write / delete (docs/features.md,
 * "The Bnder API"); with the cookie session, the secret actions, delete and edits that widen
 * where tokens go also need a recent sign-in (sudo mode).
 */
@Resolver(() => OAuthAppType)
export class AppsResolver {
  constructor(
    private readonly apps: AppsService,
    private readonly secrets: AppSecretsService,
    private readonly activity: AppActivityService,
    private readonly revocation: GrantRevocationService,
    private readonly config: Pick<Config, 'sudoTtl'>,
  ) {
    this.counts = new AuthorizedUserCounts(revocation);
  }

  private readonly counts: AuthorizedUserCounts;

  @Authorized('read')
  @Query(() => [OAuthAppType], {
    description:
      'Your OAuth apps, newest first: one page (ownedOAuthAppsConnection says if more follow)',
  })
  async ownedOAuthApps(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppType[]> {
    return (await this.ownedOAuthAppsConnection(page, ctx)).nodes;
  }

  @Authorized('read')
  @Query(() => OAuthAppConnection, {
    description: 'Your OAuth apps, newest first, a page at a time',
  })
  async ownedOAuthAppsConnection(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppConnection> {
    const found = await this.apps.list(ownerId(ctx), PageArgs.toRequest(page));
    return toConnection(found, OAuthAppType.from);
  }

  @Authorized('read')
  @Query(() => OAuthAppType, { description: 'One of your OAuth apps' })
  async ownedOAuthApp(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppType> {
    return OAuthAppType.from(await this.apps.get(ownerId(ctx), clientId));
  }

  @Authorized('read')
  @Query(() => [OAuthAppEventType], {
    description:
      'The app’s activity log, newest first; kept for the owner after deletion. One page ' +
      '(oauthAppActivityConnection says if more follow)',
  })
  async oauthAppActivity(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppEventType[]> {
    return (await this.oauthAppActivityConnection(clientId, page, ctx)).nodes;
  }

  @Authorized('read')
  @Query(() => OAuthAppEventConnection, {
    description: 'The app’s activity log, newest first, a page at a time; kept after deletion',
  })
  async oauthAppActivityConnection(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppEventConnection> {
    const found = await this.activity.list(ownerId(ctx), clientId, PageArgs.toRequest(page));
    return toConnection(found, OAuthAppEventType.from);
  }

  @Authorized('write')
  @Mutation(() => OAuthAppSecretPayload, {
    description: 'Creates an app; its client secret, when it has one, is in the payload',
  })
  async createOAuthApp(
    @Arg('input', () => CreateOAuthAppInput, { description: 'The new app' })
    input: CreateOAuthAppInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppSecretPayload> {
    const created = await this.apps.create(ownerId(ctx), {
      ...input,
      allowDeviceFlow: input.allowDeviceFlow ?? undefined,
      rotateSecretOnLeak: input.rotateSecretOnLeak ?? undefined,
      requirePushedAuthorizationRequests: input.requirePushedAuthorizationRequests ?? undefined,
      requireDpop: input.requireDpop ?? undefined,
      idTokenSignedResponseAlg: input.idTokenSignedResponseAlg ?? undefined,
    });
    return OAuthAppSecretPayload.from(created);
  }

  @Authorized('write')
  @Mutation(() => OAuthAppType, {
    description:
      'Renames an app or changes its redirect URIs, identity or device-flow switch; adding a ' +
      'redirect URI or turning the device flow on needs a recent sign-in',
  })
  async updateOAuthApp(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Arg('input', () => UpdateOAuthAppInput, { description: 'The fields to change' })
    input: UpdateOAuthAppInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppType> {
    const patch = {
      name: input.name ?? undefined,
      redirectUris: input.redirectUris ?? undefined,
      // A switch left out (or null) stays as it is; a text field sent as null is cleared.
      allowDeviceFlow: input.allowDeviceFlow ?? undefined,
      rotateSecretOnLeak: input.rotateSecretOnLeak ?? undefined,
      requirePushedAuthorizationRequests: input.requirePushedAuthorizationRequests ?? undefined,
      requireDpop: input.requireDpop ?? undefined,
      idTokenSignedResponseAlg: input.idTokenSignedResponseAlg ?? undefined,
      description: input.description,
      homepageUrl: input.homepageUrl,
      privacyPolicyUrl: input.privacyPolicyUrl,
      termsOfServiceUrl: input.termsOfServiceUrl,
    };
    if (!ctx.principal) throw unauthenticated();
    const recentSignIn = hasRecentSignIn(ctx.principal, this.config);
    const updated = await this.apps.update(ctx.principal.user.id, clientId, patch, recentSignIn);
    return OAuthAppType.from(updated.app);
  }

  @Authorized('write')
  @Mutation(() => OAuthAppSecretPayload, {
    description:
      'Turns Require a client secret on (a new secret is in the payload) or off (the secret is ' +
      "deleted and the app's sessions signed out; needs a recent sign-in)",
  })
  async setOAuthAppRequireSecret(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Arg('requireSecret', () => Boolean, { description: 'On or off' }) requireSecret: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppSecretPayload> {
    const owner = requireSecret ? ownerId(ctx) : this.recentlySignedIn(ctx);
    const result = await this.secrets.setRequireSecret(owner, clientId, requireSecret);
    return OAuthAppSecretPayload.from(result);
  }

  @Authorized('write')
  @Mutation(() => OAuthAppSecretPayload, {
    description:
      "Replaces the client secret and signs out the app's sessions; needs a recent sign-in",
  })
  async rotateOAuthAppSecret(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppSecretPayload> {
    const owner = this.recentlySignedIn(ctx);
    return OAuthAppSecretPayload.from(await this.secrets.rotateSecret(owner, clientId));
  }

  @Authorized('write')
  @Mutation(() => OAuthAppSecretPayload, {
    description: 'Shows the client secret in full and logs it; needs a recent sign-in',
  })
  async revealOAuthAppSecret(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppSecretPayload> {
    const owner = this.recentlySignedIn(ctx);
    return OAuthAppSecretPayload.from(await this.secrets.revealSecret(owner, clientId));
  }

  @Authorized('write')
  @Mutation(() => OAuthAppSecretPayload, {
    description:
      'The current client secret for the clipboard: like revealOAuthAppSecret, but the ' +
      'activity log records a copy (SECRET_COPIED) instead of a reveal',
  })
  async copyOAuthAppSecret(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OAuthAppSecretPayload> {
    const owner = this.recentlySignedIn(ctx);
    return OAuthAppSecretPayload.from(await this.secrets.copySecret(owner, clientId));
  }

  @Authorized('delete')
  @Mutation(() => Boolean, {
    description: 'Deletes an app and signs out its sessions; needs a recent sign-in',
  })
  async deleteOAuthApp(
    @Arg('clientId', () => String, { description: 'The app’s client id' }) clientId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.apps.delete(this.recentlySignedIn(ctx), clientId);
    return true;
  }

  @FieldResolver(() => Int, {
    description: 'How many users have authorized the app (who a sign-out would affect)',
  })
  authorizedUserCount(@Root() app: OAuthAppType, @Ctx() ctx: GraphQLContext): Promise<number> {
    return this.counts.of(ctx, app.appId);
  }

  /** The owner, for an action that needs a recent sign-in with the cookie session. */
  private recentlySignedIn(ctx: GraphQLContext): string {
    if (!ctx.principal) throw unauthenticated();
    requireRecentSignIn(ctx.principal, this.config);
    return ctx.principal.user.id;
  }
}

function ownerId(ctx: GraphQLContext): string {
  if (!ctx.principal) throw unauthenticated();
  return ctx.principal.user.id;
}
