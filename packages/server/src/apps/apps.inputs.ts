import { Field, InputType } from 'type-graphql';

/** Who the app is and the device-flow switch, shared by both inputs. Null clears a field. */
@InputType()
class AppProfileInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Allow the device authorization grant (RFC 8628); off when left out on create',
  })
  allowDeviceFlow?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the app does: at most 400 characters, with the name’s character rules',
  })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s homepage (https)' })
  homepageUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s privacy policy (https)' })
  privacyPolicyUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'The app’s terms of service (https)' })
  termsOfServiceUrl?: string | null;
}

/** Checked by the shared zod schema in the service, so web forms and server agree. */
@InputType()
export class CreateOAuthAppInput extends AppProfileInput {
  @Field(() => String)
  name: string;

  @Field(() => [String])
  redirectUris: string[];

  @Field(() => Boolean)
  requireSecret: boolean;
}

/** Any field may be left out; redirect URIs replace the list, in the given order. */
@InputType()
export class UpdateOAuthAppInput extends AppProfileInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [String], { nullable: true })
  redirectUris?: string[];
}
