import { Field, InputType } from 'type-graphql';

/** Who the app is and the device-flow switch, shared by both inputs. Null clears a field. */
@InputType()
class AppProfileInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Allow the device authorization grant (RFC 8628); off when left out on create',
  })
  allowDeviceFlow?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Rotate automatically when the secret leaks (signs out the app’s sessions); off when left out on create',
  })
  rotateSecretOnLeak?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Require pushed authorization requests (RFC 9126): authorize links must name a request_uri from POST /oauth/par; off when left out on create',
  })
  requirePushedAuthorizationRequests?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Require DPoP (RFC 9449): token requests without a DPoP proof are refused; off when left out on create',
  })
  requireDpop?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The algorithm the app’s ID tokens are signed with (OpenID Connect Dynamic Client Registration 1.0 §2): RS256 or ES256; RS256 when left out on create',
  })
  idTokenSignedResponseAlg?: string | null;

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
@InputType({ description: 'A new OAuth app' })
export class CreateOAuthAppInput extends AppProfileInput {
  @Field(() => String, { description: 'The name users see on the consent page' })
  name: string;

  @Field(() => [String], {
    description: '1 to 10 redirect URIs: https, loopback http or a private-use scheme',
  })
  redirectUris: string[];

  @Field(() => Boolean, {
    description: 'Whether the app gets a client secret (confidential) or not (public, PKCE only)',
  })
  requireSecret: boolean;
}

/** Any field may be left out; redirect URIs replace the list, in the given order. */
@InputType({ description: 'Changes to an app; a field left out keeps its value' })
export class UpdateOAuthAppInput extends AppProfileInput {
  @Field(() => String, { nullable: true, description: 'The new name' })
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The new redirect URIs, replacing the list in the given order',
  })
  redirectUris?: string[];
}
