import { Field, InputType } from 'type-graphql';

/** Checked by the shared zod schema in the service, so web forms and server agree. */
@InputType()
export class CreateOAuthAppInput {
  @Field(() => String)
  name: string;

  @Field(() => [String])
  redirectUris: string[];

  @Field(() => Boolean)
  requireSecret: boolean;
}

/** Either field may be left out; redirect URIs replace the list, in the given order. */
@InputType()
export class UpdateOAuthAppInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => [String], { nullable: true })
  redirectUris?: string[];
}
