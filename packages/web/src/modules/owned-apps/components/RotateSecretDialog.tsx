import { useState } from 'react';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { messageUnlessCancelled } from '../../auth/sudo';
import { SECRET_AVAILABILITY, signedOutSentence } from '../copy';
import type { OwnedApp } from '../graphql/types';
import type { useClientSecret } from '../hooks/useClientSecret';

export function RotateSecretDialog({
  app,
  secret,
  onClose,
}: {
  app: OwnedApp;
  secret: Pick<ReturnType<typeof useClientSecret>, 'rotateSecret' | 'rotating'>;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);

  async function rotate() {
    setError(null);
    try {
      await secret.rotateSecret();
      onClose();
    } catch (caught) {
      setError(messageUnlessCancelled(caught));
    }
  }

  return (
    <ConfirmDialog
      title={`Rotate the client secret of ${app.name}?`}
      confirmLabel="Rotate secret"
      onConfirm={() => void rotate()}
      onCancel={onClose}
      pending={secret.rotating}
      error={error}
    >
      <p>
        A new secret replaces the current one, which stops working at once. Existing sessions of
        this app are signed out. {signedOutSentence(app.authorizedUserCount)}
      </p>
      <p>
        The new secret is shown here after rotating; copy it into your integration.{' '}
        {SECRET_AVAILABILITY}
      </p>
    </ConfirmDialog>
  );
}
