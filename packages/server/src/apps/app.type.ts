import { Field, ObjectType } from 'type-graphql';
import type { AppEntity } from './app.entity.js';

/** The public shape of an owned app. Mapped field by field from the entity: no secret can reach it. */
@ObjectType('OAuthApp', { description: 'An OAuth app the viewer owns' })
export class OAuthAppType {
  /** The row id, kept for field resolvers; not a GraphQL field. */
  appId: string;

  @Field(() => String, { description: 'The public client identifier (RFC 6749 §2.2)' })
  clientId: string;

  @Field(() => String, { description: 'The name users see on the consent page' })
  name: string;

  @Field(() => [String], {
    description: 'Where authorization answers may go, matched exactly (RFC 6749 §3.1.2)',
  })
  redirectUris: string[];

  @Field(() => Boolean, {
    description: 'Whether the app is confidential and must authenticate with its client secret',
  })
  requireSecret: boolean;

  @Field(() => Date, { description: 'When the app was created' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the owner last changed the app' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a token of the app was last used' })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the current secret was seen in an authorize link or reported found in public: rotate it',
  })
  secretLeakedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where a secret scanner found the current secret, when it said',
  })
  secretLeakUrl: string | null;

  @Field(() => Boolean, {
    description:
      'Rotate automatically when the secret leaks: a secret reported found in public is replaced at once, signing out the app’s sessions',
  })
  rotateSecretOnLeak: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When Bnder suspended the app: its tokens were revoked and it cannot be used',
  })
  suspendedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why Bnder suspended the app; only Bnder can lift a suspension',
  })
  suspendedReason: string | null;

  @Field(() => Boolean, {
    description:
      'Whether the app may use the device authorization grant (RFC 8628); off unless the owner turns it on',
  })
  allowDeviceFlow: boolean;

  @Field(() => Boolean, {
    description:
      'Whether authorize links must name a pushed authorization request (RFC 9126 §5); off unless the owner turns it on',
  })
  requirePushedAuthorizationRequests: boolean;

  @Field(() => Boolean, {
    description:
      'Whether token requests must carry a DPoP proof (RFC 9449); off unless the owner turns it on',
  })
  requireDpop: boolean;

  @Field(() => String, {
    description:
      'The algorithm the app’s ID tokens are signed with (OpenID Connect Dynamic Client Registration 1.0 §2): RS256 (the default) or ES256',
  })
  idTokenSignedResponseAlg: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the app does, shown on the consent page (at most 400 characters)',
  })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s homepage (https)' })
  homepageUrl: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s privacy policy (https)' })
  privacyPolicyUrl: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s terms of service (https)' })
  termsOfServiceUrl: string | null;

  static from(app: AppEntity): OAuthAppType {
    return Object.assign(new OAuthAppType(), {
      appId: app.id,
      clientId: app.clientId,
      name: app.name,
      redirectUris: app.redirectUris,
      requireSecret: app.requireSecret,
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
      lastUsedAt: app.lastUsedAt,
      secretLeakedAt: app.secretLeakedAt,
      secretLeakUrl: app.secretLeakUrl,
      rotateSecretOnLeak: app.rotateSecretOnLeak,
      suspendedAt: app.suspendedAt,
      suspendedReason: app.suspendedReason,
      allowDeviceFlow: app.allowDeviceFlow,
      requirePushedAuthorizationRequests: app.requirePushedAuthorizationRequests,
      requireDpop: app.requireDpop,
      idTokenSignedResponseAlg: app.idTokenSignedResponseAlg,
      description: app.description,
      homepageUrl: app.homepageUrl,
      privacyPolicyUrl: app.privacyPolicyUrl,
      termsOfServiceUrl: app.termsOfServiceUrl,
    });
  }
}

/** An action's result: the app, and its secret in full only when the action created or revealed it. */
@ObjectType('OAuthAppSecretPayload', {
  description:
    'An action’s result: the app, and its client secret when the action created or revealed one',
})
export class OAuthAppSecretPayload {
  @Field(() => OAuthAppType, { description: 'The app after the action' })
  app: OAuthAppType;

  @Field(() => String, {
    nullable: true,
    description: 'The secret in full, only from the action that created or revealed it',
  })
  clientSecret: string | null;

  static from(result: { app: AppEntity; clientSecret: string | null }): OAuthAppSecretPayload {
    return Object.assign(new OAuthAppSecretPayload(), {
      app: OAuthAppType.from(result.app),
      clientSecret: result.clientSecret,
    });
  }
}
