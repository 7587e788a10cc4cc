import { useRef, useState, type FormEvent } from 'react';
import { createAppSchema } from '@bnder/shared';
import { splitServerErrors } from '../../../app/graphql-errors';
import { focusFirstInvalid } from '../../../app/use-schema-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Switch } from '../../../ui/Switch';
import { TextField } from '../../../ui/TextField';
import type { SecretPayload } from '../graphql/types';
import { useCreateApp } from '../hooks/useCreateApp';
import { useAppFields } from '../hooks/useAppFields';
import { RedirectUrisEditor } from './RedirectUrisEditor';
import { RequireSecretExplanation } from './RequireSecretExplanation';

const FIELDS = ['name', 'redirectUris', 'requireSecret'];

export interface CreateAppFormProps {
  onCreated: (payload: SecretPayload) => void;
  onCancel: () => void;
}

export function CreateAppForm({ onCreated, onCancel }: CreateAppFormProps) {
  const [requireSecret, setRequireSecret] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { nameField, uriEditor, validateAll, setErrors } = useAppFields(
    createAppSchema,
    { name: '', redirectUris: [] },
    { requireSecret },
  );
  const { createApp, creating } = useCreateApp();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const { data, errors: invalid } = validateAll();
    if (!data) return focusFirstInvalid(formRef.current, invalid);
    try {
      onCreated(await createApp(data));
    } catch (error) {
      const split = splitServerErrors(error, FIELDS);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      focusFirstInvalid(formRef.current, split.fieldErrors);
    }
  }

  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      aria-label="Create an OAuth application"
      onSubmit={(event) => void submit(event)}
    >
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Name"
        hint="People see this name when they authorize the application."
        autoComplete="off"
        autoFocus
        {...nameField}
      />
      <RedirectUrisEditor {...uriEditor} />
      <Switch
        label="Require a client secret"
        checked={requireSecret}
        onChange={setRequireSecret}
        description={<RequireSecretExplanation />}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={creating}>
          {creating ? 'Creating…' : 'Create application'}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={creating}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
