import { checkAccountCap } from '../accounts/account-caps.js';
import { inTransaction } from '../db/transaction.js';
import type { DataSource, Repository } from 'typeorm';
import { keysetPage, type Page, type PageRequest } from '../db/keyset-page.js';
import { newOrderedId } from '../crypto/tokens.js';
import { notFound } from '../errors/domain-error.js';
import { validate } from '../errors/validate.js';
import { NoteEntity } from './note.entity.js';
import {
  createNoteSchema,
  updateNoteSchema,
  type CreateNote,
  type UpdateNote,
} from './note.schemas.js';

/** A user's own notes. Another user's note is indistinguishable from a missing one. */
export class NotesService {
  private readonly notes: Repository<NoteEntity>;

  constructor(
    private readonly db: DataSource,
    private readonly maxNotesPerAccount: number,
  ) {
    this.notes = db.getRepository(NoteEntity);
  }

  /** A page of the user's notes, newest first. */
  list(userId: string, page: PageRequest): Promise<Page<NoteEntity>> {
    const query = this.notes.createQueryBuilder('note').where('note.userId = :userId', { userId });
    return keysetPage(query, page);
  }

  async get(userId: string, id: string): Promise<NoteEntity> {
    const note = await this.notes.findOneBy({ id, userId });
    if (!note) throw notFound('Note');
    return note;
  }

  async create(userId: string, input: CreateNote): Promise<NoteEntity> {
    const { title, body } = validate(createNoteSchema, input);
    const now = new Date();
    const note = this.notes.create({
      id: newOrderedId(),
      userId,
      title,
      body,
      createdAt: now,
      updatedAt: now,
    });
    const cap = { max: this.maxNotesPerAccount, what: 'notes', setting: 'MAX_NOTES_PER_ACCOUNT' };
    await inTransaction(this.db, async (m) => {
      await checkAccountCap(m, userId, cap, () => m.countBy(NoteEntity, { userId }));
      await m.insert(NoteEntity, note);
    });
    return note;
  }

  async update(userId: string, id: string, input: UpdateNote): Promise<NoteEntity> {
    const changes = validate(updateNoteSchema, input);
    const note = await this.get(userId, id);
    if (changes.title !== undefined) note.title = changes.title;
    if (changes.body !== undefined) note.body = changes.body;
    note.updatedAt = new Date();
    const result = await this.notes.update(
      { id, userId },
      { title: note.title, body: note.body, updatedAt: note.updatedAt },
    );
    if (!result.affected) throw notFound('Note');
    return note;
  }

  async delete(userId: string, id: string): Promise<void> {
    const result = await this.notes.delete({ id, userId });
    if (!result.affected) throw notFound('Note');
  }
}
