import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Switch } from '../../../ui/Switch';
import { messageUnlessCancelled } from '../../auth/sudo';
import { SECRET_AVAILABILITY, signedOutSentence } from '../copy';
import type { OwnedApp } from '../graphql/types';
import type { useClientSecret } from '../hooks/useClientSecret';
import { RequireSecretExplanation } from './RequireSecretExplanation';

export interface RequireSecretSettingProps {
  app: OwnedApp;
  secret: Pick<ReturnType<typeof useClientSecret>, 'setRequireSecret' | 'switching'>;
}

/** The switch asks first: either way the app's credentials change at once. */
export function RequireSecretSetting({ app, secret }: RequireSecretSettingProps) {
  const [pendingValue, setPendingValue] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setPendingValue(null);
    setError(null);
  }

  async function confirm(requireSecret: boolean) {
    setError(null);
    try {
      await secret.setRequireSecret(requireSecret);
      close();
    } catch (caught) {
      setError(messageUnlessCancelled(caught));
    }
  }

  return (
    <>
      <Switch
        label="Require a client secret"
        checked={app.requireSecret}
        onChange={setPendingValue}
        busy={secret.switching}
        description={<RequireSecretExplanation />}
      />
      {pendingValue === false && (
        <ConfirmDialog
          title="Turn off Require a client secret?"
          confirmLabel="Turn off"
          onConfirm={() => void confirm(false)}
          onCancel={close}
          pending={secret.switching}
          error={error}
        >
          <p>
            This deletes the stored client secret of {app.name} and signs out every existing OAuth
            session of the app. {signedOutSentence(app.authorizedUserCount)}
          </p>
          <p>The app becomes a public client and must use PKCE with the S256 method.</p>
        </ConfirmDialog>
      )}
      {pendingValue === true && (
        <ConfirmDialog
          title="Require a client secret?"
          confirmLabel="Turn on"
          tone="primary"
          onConfirm={() => void confirm(true)}
          onCancel={close}
          pending={secret.switching}
          error={error}
        >
          <p>
            A new client secret is generated for {app.name} and shown on this page.{' '}
            {SECRET_AVAILABILITY}
          </p>
          <p>
            The app becomes a confidential client and must send the secret to the token endpoint.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
