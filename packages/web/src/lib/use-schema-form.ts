import { useCallback, useRef, useState, type FormEvent } from 'react';
import { fieldErrors, type FieldErrors } from '@bnder/shared';
import { splitServerErrors } from './graphql-errors';

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

/**
 * A form of text fields validated with a shared schema: `field(name)` gives a TextField its
 * value, inline validation and error; `submit` goes to `<Form>` and calls `onValid` with valid
 * input (see useFormSubmit).
 */
export function useTextForm<T, F extends string>(
  schema: SafeParser<T>,
  initial: Record<F, string>,
  onValid: (data: T) => Promise<unknown>,
) {
  const [values, setValues] = useState(initial);
  const { errors, setErrors, validateField, validateAll, revalidateIfShown } =
    useSchemaForm(schema);
  const submit = useFormSubmit({
    fields: Object.keys(initial),
    validateAll: () => validateAll(values),
    setErrors,
    onValid,
  });

  function change(field: F, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    revalidateIfShown(next, field);
  }

  const field = (name: F) => ({
    name,
    value: values[name],
    onChange: (value: string) => change(name, value),
    onBlur: () => validateField(values, name),
    error: errors[name],
    required: true,
  });

  return { field, submit, values };
}

export interface FormSubmitOptions<T> {
  /** The fields server errors may name; errors for other fields become the form-level message. */
  fields: readonly string[];
  validateAll: () => Validated<T>;
  setErrors: (errors: FieldErrors) => void;
  /** Runs with valid input; a server error it throws is shown at its field or above the form. */
  onValid: (data: T) => Promise<unknown>;
  /** Clears what the form shows about its last submission. */
  onSubmitStart?: () => void;
}

/**
 * Submitting a schema form: validate everything, run `onValid`, spread server errors over the
 * fields (or one form-level message) and move focus to the first field that shows an error.
 * Spread the result on `<Form>`.
 */
export function useFormSubmit<T>(options: FormSubmitOptions<T>) {
  const ref = useRef<HTMLFormElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const { fields, validateAll, setErrors, onValid, onSubmitStart } = options;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    onSubmitStart?.();
    const validated = validateAll();
    if (validated.errors) return focusFirstInvalid(ref.current, validated.errors);
    try {
      await onValid(validated.data);
    } catch (error) {
      const split = splitServerErrors(error, fields);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      focusFirstInvalid(ref.current, split.fieldErrors);
    }
  }

  return {
    ref,
    formError,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type FormSubmit = ReturnType<typeof useFormSubmit>;
