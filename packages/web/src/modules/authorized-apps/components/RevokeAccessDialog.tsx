import { useState } from 'react';
import { errorMessage } from '../../../lib/graphql-errors';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { AuthorizedApp } from '../graphql/authorized-apps';
import { useRevokeAccess } from '../hooks/useRevokeAccess';

export function RevokeAccessDialog({
  app,
  onClose,
  onRevoked,
}: {
  app: AuthorizedApp;
  onClose: () => void;
  onRevoked: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const { revokeAccess, revoking } = useRevokeAccess();

  async function confirm() {
    setError(null);
    try {
      await revokeAccess(app.clientId);
      onRevoked();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <ConfirmDialog
      title={`Revoke access for ${app.name}?`}
      confirmLabel="Revoke access"
      onConfirm={() => void confirm()}
      onCancel={onClose}
      pending={revoking}
      error={error}
    >
      <p>
        {app.name} loses access to your Bnder account at once: its tokens stop working. The
        application itself is not deleted, and you can authorize it again later.
      </p>
    </ConfirmDialog>
  );
}
