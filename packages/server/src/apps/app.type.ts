import { Field, ObjectType } from 'type-graphql';
import type { AppEntity } from './app.entity.js';

/** The public shape of an owned app. Mapped field by field from the entity: no secret can reach it. */
@ObjectType('OAuthApp')
export class OAuthAppType {
  /** The row id, kept for field resolvers; not a GraphQL field. */
  appId: string;

  @Field(() => String)
  clientId: string;

  @Field(() => String)
  name: string;

  @Field(() => [String])
  redirectUris: string[];

  @Field(() => Boolean)
  requireSecret: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When a token of the app was last used' })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the current secret was seen in an authorize link: rotate it',
  })
  secretLeakedAt: Date | null;

  @Field(() => Boolean, {
    description:
      'Whether the app may use the device authorization grant (RFC 8628); off unless the owner turns it on',
  })
  allowDeviceFlow: boolean;

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
      allowDeviceFlow: app.allowDeviceFlow,
      description: app.description,
      homepageUrl: app.homepageUrl,
      privacyPolicyUrl: app.privacyPolicyUrl,
      termsOfServiceUrl: app.termsOfServiceUrl,
    });
  }
}

/** An action's result: the app, and its secret in full only when the action created or revealed it. */
@ObjectType('OAuthAppSecretPayload')
export class OAuthAppSecretPayload {
  @Field(() => OAuthAppType)
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
