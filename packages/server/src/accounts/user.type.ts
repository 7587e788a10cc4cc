import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('User', { description: 'A Bnder account' })
export class UserType {
  @Field(() => ID, { description: 'The account’s id' })
  id: string;

  @Field({ description: 'Sign-in email' })
  email: string;

  @Field({ description: 'The name other users see' })
  displayName: string;

  static from(user: { id: string; email: string; displayName: string }): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
    });
  }
}
