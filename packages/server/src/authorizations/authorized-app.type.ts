import { Field, ObjectType } from 'type-graphql';
import type { AuthorizedApp } from './authorized-apps.service.js';

@ObjectType('AuthorizedOAuthApp', {
  description: 'An app the viewer authorized to act on their account',
})
export class AuthorizedOAuthAppType {
  @Field({ description: 'The app’s client id' })
  clientId: string;

  @Field({ description: 'The app’s name' })
  name: string;

  @Field({ description: "Display name of the app's owner" })
  ownerName: string;

  @Field(() => [String], { description: 'Granted scopes; read only for a legacy authorization' })
  scopes: string[];

  @Field({ description: 'Pre-release custom scopes: read-only until authorized again' })
  legacy: boolean;

  @Field({ description: 'When the viewer first authorized the app' })
  authorizedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the app last used its access' })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When a token of this app for the viewer was found in public and revoked; the app may need to be authorized again',
  })
  tokenLeakedAt: Date | null;

  @Field({ description: 'Whether Bnder suspended the app: it cannot act on the account' })
  suspended: boolean;

  static from(app: AuthorizedApp): AuthorizedOAuthAppType {
    return Object.assign(new AuthorizedOAuthAppType(), {
      clientId: app.clientId,
      name: app.name,
      ownerName: app.ownerName,
      scopes: [...app.scopes],
      legacy: app.legacy,
      authorizedAt: app.authorizedAt,
      lastUsedAt: app.lastUsedAt,
      tokenLeakedAt: app.tokenLeakedAt,
      suspended: app.suspended,
    });
  }
}
