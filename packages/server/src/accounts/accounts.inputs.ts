import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new account' })
export class SignUpInput {
  @Field({ description: 'Sign-in email; compared without case' })
  email: string;

  @Field({ description: 'Password, 10 to 72 bytes' })
  password: string;

  @Field({ description: 'The name other users see, such as on a consent page' })
  displayName: string;
}

@InputType({ description: 'Credentials of an existing account' })
export class SignInInput {
  @Field({ description: 'Sign-in email; compared without case' })
  email: string;

  @Field({ description: 'The account’s password' })
  password: string;
}
