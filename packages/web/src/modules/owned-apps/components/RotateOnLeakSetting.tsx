import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Switch } from '../../../ui/Switch';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/** Off by default: rotating signs out every session of the app, which the owner must accept. */
export function RotateOnLeakSetting({ app }: { app: OwnedApp }) {
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  async function change(rotateSecretOnLeak: boolean) {
    setError(null);
    try {
      await update({ variables: { clientId: app.clientId, input: { rotateSecretOnLeak } } });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <>
      <Switch
        label="Rotate automatically when the secret leaks"
        checked={app.rotateSecretOnLeak}
        onChange={(on) => void change(on)}
        busy={loading}
        description={
          <p>
            When a secret scanner or anyone reports this app’s secret found in public, Bnder
            replaces it at once. That signs out every session of the app; reveal the new secret here
            and update your integration.
          </p>
        }
      />
      {error && <Alert>{error}</Alert>}
    </>
  );
}
