import { Field, Int, ObjectType } from 'type-graphql';
import type { AppIdentity } from './app-identity.js';

@ObjectType('OAuthAppIdentity', {
  description: 'Who an app asking for access is, as the consent page shows it',
})
export class AppIdentityType {
  @Field(() => String, { description: 'The client id of the app' })
  clientId: string;

  @Field(() => String, { description: 'The name the owner gave the app' })
  name: string;

  @Field(() => String, { nullable: true, description: 'What the app says it does' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s homepage (https)' })
  homepageUrl: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The host of the homepage, which the page shows as the link',
  })
  homepageHost: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s privacy policy (https)' })
  privacyPolicyUrl: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s terms of service (https)' })
  termsOfServiceUrl: string | null;

  @Field(() => String, { description: 'The display name of the Bnder user who owns the app' })
  ownerName: string;

  @Field(() => Date, { description: 'When the app was created' })
  createdAt: Date;

  @Field(() => Int, { description: 'How many users have authorized the app' })
  authorizedUserCount: number;

  static from(identity: AppIdentity): AppIdentityType {
    return Object.assign(new AppIdentityType(), identity);
  }
}
