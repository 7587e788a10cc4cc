import type { NoteEntity } from './note.entity.js';

export type NoteJson = {
  id: string;
  title: string;
  body: string;
  created_at: string;
  updated_at: string;
};

export function toNoteJson(note: NoteEntity): NoteJson {
  return {
    id: note.id,
    title: note.title,
    body: note.body,
    created_at: note.createdAt.toISOString(),
    updated_at: note.updatedAt.toISOString(),
  };
}
