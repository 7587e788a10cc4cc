import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { APP_IDENTITY_FIELDS, appIdentitySchema, type AppIdentityInput } from '@bnder/shared';
import { useTextForm } from '../../../lib/use-schema-form';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION, type UpdateAppInput } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';
import type { AppFormProps } from './AppDetailsForm';

type Field = (typeof APP_IDENTITY_FIELDS)[number];

const LABELS: Record<Field, { label: string; hint: string }> = {
  description: { label: 'Description', hint: 'What the app does, in up to 400 characters' },
  homepageUrl: { label: 'Homepage', hint: 'An https:// address' },
  privacyPolicyUrl: { label: 'Privacy policy', hint: 'An https:// address' },
  termsOfServiceUrl: { label: 'Terms of service', hint: 'An https:// address' },
};

/** Only what changed is sent, so the activity log records only real changes. */
function changes(app: OwnedApp, input: AppIdentityInput): UpdateAppInput {
  const changed: UpdateAppInput = {};
  for (const field of APP_IDENTITY_FIELDS) {
    const value = input[field] ?? null;
    if (value !== app[field]) changed[field] = value;
  }
  return changed;
}

/** What the consent page tells users about the app: who it is and where its policies are. */
export function AppIdentityForm({ app, onEditingChange }: AppFormProps) {
  const [saved, setSaved] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });
  const { field, submit, values } = useTextForm(
    appIdentitySchema,
    {
      description: app.description ?? '',
      homepageUrl: app.homepageUrl ?? '',
      privacyPolicyUrl: app.privacyPolicyUrl ?? '',
      termsOfServiceUrl: app.termsOfServiceUrl ?? '',
    },
    async (data) => {
      setSaved(null);
      const input = changes(app, data);
      if (Object.keys(input).length === 0) return setSaved('Nothing to save: no changes.');
      await update({ variables: { clientId: app.clientId, input } });
      setSaved('Saved.');
    },
  );

  const editing =
    !loading && APP_IDENTITY_FIELDS.some((name) => values[name].trim() !== (app[name] ?? ''));
  useEffect(() => onEditingChange?.(editing), [editing, onEditingChange]);

  useEffect(() => {
    if (!saved) return;
    const timer = window.setTimeout(() => setSaved(null), 4000);
    return () => window.clearTimeout(timer);
  }, [saved]);

  return (
    <Form {...submit} aria-label="Shown on the consent page">
      {APP_IDENTITY_FIELDS.map((name) => (
        <TextField
          key={name}
          {...field(name)}
          onChange={(value) => {
            // An edit makes an earlier "Saved." untrue, so it goes at once.
            setSaved(null);
            field(name).onChange(value);
          }}
          required={false}
          label={LABELS[name].label}
          hint={LABELS[name].hint}
          type={name === 'description' ? 'text' : 'url'}
          autoComplete="off"
        />
      ))}
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
