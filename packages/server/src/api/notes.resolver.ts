import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { unauthenticated } from '../errors/domain-error.js';
import type { GraphQLContext } from '../toolkit/graphql/context.js';
import { CreateNoteInput, NoteType, UpdateNoteInput } from './note.type.js';
import type { NotesService } from './notes.service.js';

/** The user's notes over GraphQL, with the same scope per operation as the REST API. */
@Resolver()
export class NotesResolver {
  constructor(private readonly notes: NotesService) {}

  @Authorized('read')
  @Query(() => [NoteType], { name: 'notes', description: 'Your notes, newest first' })
  async listNotes(@Ctx() ctx: GraphQLContext): Promise<NoteType[]> {
    return (await this.notes.list(userId(ctx))).map(NoteType.from);
  }

  @Authorized('read')
  @Query(() => NoteType)
  async note(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<NoteType> {
    return NoteType.from(await this.notes.get(userId(ctx), id));
  }

  @Authorized('write')
  @Mutation(() => NoteType)
  async createNote(
    @Arg('input') input: CreateNoteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType> {
    const { title, body } = input;
    return NoteType.from(await this.notes.create(userId(ctx), { title, body: body ?? undefined }));
  }

  @Authorized('write')
  @Mutation(() => NoteType)
  async updateNote(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateNoteInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NoteType> {
    const changes = { title: input.title ?? undefined, body: input.body ?? undefined };
    return NoteType.from(await this.notes.update(userId(ctx), id, changes));
  }

  @Authorized('delete')
  @Mutation(() => Boolean)
  async deleteNote(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await this.notes.delete(userId(ctx), id);
    return true;
  }
}

function userId({ principal }: GraphQLContext): string {
  if (!principal) throw unauthenticated();
  return principal.user.id;
}
