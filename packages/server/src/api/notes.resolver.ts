import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { unauthenticated } from '../errors/domain-error.js';
import { PageArgs, connectionType, toConnection } from '../toolkit/graphql/connection.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { CreateNoteInput, NoteType, UpdateNoteInput } from './note.type.js';
import type { NotesService } from './notes.service.js';

const NoteConnection = connectionType(NoteType, 'NoteConnection', 'your notes');
type NoteConnection = InstanceType<typeof NoteConnection>;

/** The user's notes over GraphQL, with the same scope per operation as the REST API. */
@Resolver()
export class NotesResolver {
  constructor(private readonly notes: NotesService) {}

  @Authorized('read')
  @Query(() => [NoteType], {
    name: 'notes',
    description: 'Your notes, newest first: one page (notesConnection says if more follow)',
  })
  async listNotes(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType[]> {
    return (await this.notesConnection(page, ctx)).nodes;
  }

  @Authorized('read')
  @Query(() => NoteConnection, { description: 'Your notes, newest first, a page at a time' })
  async notesConnection(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteConnection> {
    const found = await this.notes.list(userId(ctx), PageArgs.toRequest(page));
    return toConnection(found, NoteType.from);
  }

  @Authorized('read')
  @Query(() => NoteType, { description: 'One of your notes' })
  async note(
    @Arg('id', () => ID, { description: 'The note’s id' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType> {
    return NoteType.from(await this.notes.get(userId(ctx), id));
  }

  @Authorized('write')
  @Mutation(() => NoteType, { description: 'Adds a note' })
  async createNote(
    @Arg('input', { description: 'The new note' }) input: CreateNoteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType> {
    const { title, body } = input;
    return NoteType.from(await this.notes.create(userId(ctx), { title, body: body ?? undefined }));
  }

  @Authorized('write')
  @Mutation(() => NoteType, { description: 'Changes a note; a field left out keeps its value' })
  async updateNote(
    @Arg('id', () => ID, { description: 'The note’s id' }) id: string,
    @Arg('input', { description: 'The fields to change' }) input: UpdateNoteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType> {
    const changes = { title: input.title ?? undefined, body: input.body ?? undefined };
    return NoteType.from(await this.notes.update(userId(ctx), id, changes));
  }

  @Authorized('delete')
  @Mutation(() => Boolean, { description: 'Deletes a note for good' })
  async deleteNote(
    @Arg('id', () => ID, { description: 'The note’s id' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await this.notes.delete(userId(ctx), id);
    return true;
  }
}

function userId({ principal }: GraphQLContext): string {
  if (!principal) throw unauthenticated();
  return principal.user.id;
}
