import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LEAVE_WITHOUT_PROMPT } from '../../../lib/leave-guard';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { messageUnlessCancelled } from '../../auth/sudo';
import { loseAccessSentence } from '../copy';
import type { OwnedApp } from '../graphql/types';
import { useDeleteApp } from '../hooks/useDeleteApp';
import { OWNED_APPS_PATH } from '../paths';

/** The sentences joined with one space each, whether or not anyone authorized the app. */
function deleteConsequences(app: OwnedApp): string {
  return [
    `${app.name} is deleted and its access stops at once: every access and refresh token stops working, even unexpired ones.`,
    loseAccessSentence(app.authorizedUserCount),
    'Integrations using its client ID stop working.',
  ]
    .filter(Boolean)
    .join(' ');
}

export function DeleteAppSection({ app }: { app: OwnedApp }) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { deleteApp, deleting } = useDeleteApp();
  const navigate = useNavigate();

  async function confirm() {
    setError(null);
    try {
      await deleteApp(app);
      void navigate(OWNED_APPS_PATH, {
        state: {
          notice: `${app.name} was deleted. Its tokens no longer work.`,
          ...LEAVE_WITHOUT_PROMPT,
        },
      });
    } catch (caught) {
      setError(messageUnlessCancelled(caught));
    }
  }

  return (
    <div className="danger-zone">
      <div>
        <p className="danger-zone__title">Delete this application</p>
        <p className="muted">
          Every token of the app stops working at once. This cannot be undone.
        </p>
      </div>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      {open && (
        <ConfirmDialog
          title={`Delete ${app.name}?`}
          confirmLabel="Delete"
          onConfirm={() => void confirm()}
          onCancel={() => {
            setOpen(false);
            setError(null);
          }}
          pending={deleting}
          error={error}
        >
          <p>{deleteConsequences(app)}</p>
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
