import type { NoteJson } from './api.schemas.js';
import type { NoteEntity } from './note.entity.js';

export function toNoteJson(note: NoteEntity): NoteJson {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    created_at: note.createdAt.toISOString(),
    updated_at: note.updatedAt.toISOString(),
  };
}
