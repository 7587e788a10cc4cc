import { useCallback, useState } from 'react';
import { fieldErrors, type FieldErrors } from '@bnder/shared';

type ZodLikeError = Parameters<typeof fieldErrors>[0];

/** The part of a zod schema a form needs; keeps zod itself out of the web package. */
export interface SafeParser<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: ZodLikeError };
}

export type Validated<T> = { data: T; errors: null } | { data: null; errors: FieldErrors };

function belongsTo(key: string, field: string): boolean {
  return key === field || key.startsWith(`${field}.`);
}

/** `field` and its children (`redirectUris` covers `redirectUris.3`). */
export function pickErrors(errors: FieldErrors, field: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => belongsTo(key, field)));
}

/**
 * Validates a form with a shared schema: one field at a time on blur (inline), everything on
 * submit. Server errors are merged in with `setErrors`.
 */
export function useSchemaForm<T>(schema: SafeParser<T>) {
  const [errors, setErrors] = useState<FieldErrors>({});

  const validateField = useCallback(
    (values: unknown, field: string) => {
      const result = schema.safeParse(values);
      const found = result.success ? {} : pickErrors(fieldErrors(result.error), field);
      setErrors((previous) => {
        const kept = Object.entries(previous).filter(([key]) => !belongsTo(key, field));
        return { ...Object.fromEntries(kept), ...found };
      });
    },
    [schema],
  );

  /** Parses everything; on failure shows every problem and returns them. */
  const validateAll = useCallback(
    (values: unknown): Validated<T> => {
      const result = schema.safeParse(values);
      const found = result.success ? {} : fieldErrors(result.error);
      setErrors(found);
      return result.success ? { data: result.data, errors: null } : { data: null, errors: found };
    },
    [schema],
  );

  /** Re-checks a field only while it shows an error, so fixing it clears the message at once. */
  const revalidateIfShown = useCallback(
    (values: unknown, field: string) => {
      if (Object.keys(errors).some((key) => belongsTo(key, field))) validateField(values, field);
    },
    [errors, validateField],
  );

  return { errors, setErrors, validateField, validateAll, revalidateIfShown };
}

/** Moves focus to the first field that shows an error, in document order. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  const ids = new Set(Object.keys(errors));
  const fields = Array.from(form.querySelectorAll<HTMLElement>('[data-field]'));
  fields.find((el) => ids.has(el.dataset.field ?? ''))?.focus();
}
