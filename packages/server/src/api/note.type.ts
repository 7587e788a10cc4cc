import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NoteEntity } from './note.entity.js';

@ObjectType('Note')
export class NoteType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  static from(note: NoteEntity): NoteType {
    return Object.assign(new NoteType(), {
      id: note.id,
      title: note.title,
      body: note.body,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    });
  }
}

@InputType()
export class CreateNoteInput {
  @Field()
  title: string;

  @Field({ nullable: true })
  body?: string;
}

@InputType()
export class UpdateNoteInput {
  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  body?: string;
}
