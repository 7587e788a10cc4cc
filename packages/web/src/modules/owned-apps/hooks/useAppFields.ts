import { useState } from 'react';
import { type SafeParser, useSchemaForm } from '../../../lib/use-schema-form';
import { useRedirectUriRows, type RedirectUrisEditorProps } from './useRedirectUriRows';

export interface AppFieldValues {
  name: string;
  redirectUris: string[];
}

/**
 * State and inline validation for the fields both app forms share: the name and the redirect-URI
 * editor. `extra` holds the form's other values (the create form's requireSecret); `onEdit` runs
 * on every change the user makes.
 */
export function useAppFields<T>(
  schema: SafeParser<T>,
  initial: AppFieldValues,
  extra: Record<string, unknown> = {},
  onEdit: () => void = () => {},
) {
  const [name, setName] = useState(initial.name);
  const uris = useRedirectUriRows(initial.redirectUris);
  const form = useSchemaForm(schema);

  const valuesWith = (next: Partial<AppFieldValues> = {}) => ({
    ...extra,
    name,
    redirectUris: uris.values,
    ...next,
  });

  const nameField = {
    name: 'name',
    value: name,
    error: form.errors.name,
    onChange: (value: string) => {
      onEdit();
      setName(value);
      form.revalidateIfShown(valuesWith({ name: value }), 'name');
    },
    onBlur: () => form.validateField(valuesWith(), 'name'),
  };

  const revalidateUris = (redirectUris: string[]) => {
    onEdit();
    form.revalidateIfShown(valuesWith({ redirectUris }), 'redirectUris');
  };

  const uriEditor: RedirectUrisEditorProps = {
    rows: uris.rows,
    errors: form.errors,
    canAdd: uris.canAdd,
    canRemove: uris.canRemove,
    onChange: (index, value) => revalidateUris(uris.update(index, value)),
    onBlur: (index) => form.validateField(valuesWith(), `redirectUris.${index}`),
    onAdd: () => {
      onEdit();
      uris.add();
    },
    onRemove: (index) => revalidateUris(uris.remove(index)),
  };

  function reset(values: AppFieldValues) {
    setName(values.name);
    uris.reset(values.redirectUris);
  }

  return {
    values: { name, redirectUris: uris.values },
    nameField,
    uriEditor,
    validateAll: () => form.validateAll(valuesWith()),
    setErrors: form.setErrors,
    reset,
  };
}
