import { useState } from 'react';
import { createAppSchema } from '@bnder/shared';
import { useFormSubmit } from '../../../lib/use-schema-form';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
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
  const { nameField, uriEditor, validateAll, setErrors } = useAppFields(
    createAppSchema,
    { name: '', redirectUris: [] },
    { requireSecret },
  );
  const { createApp, creating } = useCreateApp();

  const submit = useFormSubmit({
    fields: FIELDS,
    validateAll,
    setErrors,
    onValid: async (input) => onCreated(await createApp(input)),
  });

  return (
    <Form {...submit} aria-label="Create an OAuth application">
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
        <Button type="submit" variant="primary" busy={creating}>
          {creating ? 'Creating…' : 'Create application'}
        </Button>
        <Button variant="ghost" onClick={onCancel} busy={creating}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
