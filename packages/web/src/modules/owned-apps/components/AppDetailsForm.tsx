import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { updateAppSchema } from '@bnder/shared';
import { useFormSubmit } from '../../../lib/use-schema-form';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { useSudo } from '../../auth/hooks/useSudo';
import { isSudoCancelled } from '../../auth/sudo';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION, type UpdateAppInput } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';
import { type AppFieldValues, useAppFields } from '../hooks/useAppFields';
import { RedirectUrisEditor } from './RedirectUrisEditor';

const FIELDS = ['name', 'redirectUris'];

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

/** Only what changed is sent, so the activity log records only real changes. */
function changes(app: OwnedApp, input: UpdateAppInput): UpdateAppInput {
  const changed: UpdateAppInput = {};
  if (input.name !== undefined && input.name !== app.name) changed.name = input.name;
  if (input.redirectUris && !sameList(input.redirectUris, app.redirectUris)) {
    changed.redirectUris = input.redirectUris;
  }
  return changed;
}

/** Edits the user typed and has not saved (blank rows and surrounding spaces aside). */
function hasUnsavedEdits(app: OwnedApp, values: AppFieldValues): boolean {
  const uris = values.redirectUris.map((uri) => uri.trim()).filter(Boolean);
  return values.name.trim() !== app.name || !sameList(uris, app.redirectUris);
}

export interface AppFormProps {
  app: OwnedApp;
  /** Told whether the form holds edits that are not saved, so the page can ask before leaving. */
  onEditingChange?: (editing: boolean) => void;
}

export function AppDetailsForm({ app, onEditingChange }: AppFormProps) {
  const withSudo = useSudo();
  const [saved, setSaved] = useState<string | null>(null);
  // An edit makes an earlier "Saved." untrue, so it goes at once.
  const { values, nameField, uriEditor, validateAll, setErrors, reset } = useAppFields(
    updateAppSchema,
    app,
    {},
    () => setSaved(null),
  );
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  const editing = !loading && hasUnsavedEdits(app, values);
  useEffect(() => onEditingChange?.(editing), [editing, onEditingChange]);

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(null), 4000);
    return () => window.clearTimeout(timer);
  }, [saved]);

  const submit = useFormSubmit({
    fields: FIELDS,
    validateAll,
    setErrors,
    onSubmitStart: () => setSaved(null),
    onValid: async (data) => {
      const input = changes(app, data);
      if (Object.keys(input).length === 0) return setSaved('Nothing to save: no changes.');
      // A new redirect URI may ask for the password first (sudo mode); on Cancel the edits stay
      // in the form, unsaved, with nothing to report.
      const result = await withSudo(() =>
        update({ variables: { clientId: app.clientId, input } }),
      ).catch((error: unknown) => {
        if (isSudoCancelled(error)) return null;
        throw error;
      });
      if (!result) return;
      const updated = result.data?.updateOAuthApp;
      if (updated) reset(updated);
      setSaved('Saved.');
    },
  });

  return (
    <Form {...submit} aria-label="Application settings">
      <TextField label="Name" autoComplete="off" {...nameField} />
      <RedirectUrisEditor {...uriEditor} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={loading}>
          {loading ? 'Saving…' : 'Save'}
        </Button>
        <span role="status" className="form__status">
          {saved}
        </span>
      </div>
    </Form>
  );
}
