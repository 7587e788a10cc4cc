import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { NoteEntity } from './note.entity.js';

@ObjectType('Note', { description: 'A note of the user, also served by the REST API' })
export class NoteType {
  @Field(() => ID, { description: 'The note’s id' })
  id: string;

  @Field({ description: 'The title' })
  title: string;

  @Field({ description: 'The text; empty when none was given' })
  body: string;

  @Field({ description: 'When the note was created' })
  createdAt: Date;

  @Field({ description: 'When the note last changed' })
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

@InputType({ description: 'A new note' })
export class CreateNoteInput {
  @Field({ description: 'The title' })
  title: string;

  @Field({ nullable: true, description: 'The text; empty when left out' })
  body?: string;
}

@InputType({ description: 'Changes to a note; a field left out keeps its value' })
export class UpdateNoteInput {
  @Field({ nullable: true, description: 'The new title' })
  title?: string;

  @Field({ nullable: true, description: 'The new text' })
  body?: string;
}
