import { z } from 'zod';

export const NOTE_TITLE_MAX = 200;
export const NOTE_BODY_MAX = 10_000;

const FORBIDDEN_TITLE_CHARS = /[\p{Cc}]/u;

export const noteTitleSchema = z
  .string()
  .trim()
  .min(1, 'Title is required')
  .max(NOTE_TITLE_MAX, `Title must be at most ${NOTE_TITLE_MAX} characters`)
  .refine((t) => !FORBIDDEN_TITLE_CHARS.test(t), 'Title contains a control character');

export const noteBodySchema = z
  .string()
  .max(NOTE_BODY_MAX, `Body must be at most ${NOTE_BODY_MAX} characters`);

export const createNoteSchema = z.object({
  title: noteTitleSchema,
  body: noteBodySchema.default(''),
});

export const updateNoteSchema = z.object({
  title: noteTitleSchema.optional(),
  body: noteBodySchema.optional(),
});

export type CreateNote = z.input<typeof createNoteSchema>;
export type UpdateNote = z.input<typeof updateNoteSchema>;
