import type { z } from 'zod';
import { badInput } from './domain-error.js';

/** Parses input with a shared schema; the first problem becomes a BAD_USER_INPUT naming its field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || undefined;
  throw badInput(issue?.message ?? 'Invalid input', field);
}
