import { Field, InputType } from 'type-graphql';

/** Checked by the shared zod schema in the service, so web forms and server agree. */
@InputType({ description: 'A new OAuth app' })
export class CreateOAuthAppInput {
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

/** Either field may be left out; redirect URIs replace the list, in the given order. */
@InputType({ description: 'Changes to an app; a field left out keeps its value' })
export class UpdateOAuthAppInput {
  @Field(() => String, { nullable: true, description: 'The new name' })
  name?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The new redirect URIs, replacing the list in the given order',
  })
  redirectUris?: string[];
}
