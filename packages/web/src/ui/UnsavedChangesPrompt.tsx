import { ConfirmDialog } from './ConfirmDialog';
import { useLeaveGuard } from '../lib/leave-guard';

/** Asks before leaving a form with unsaved edits; `what` names them ("the settings of X"). */
export function UnsavedChangesPrompt({ dirty, what }: { dirty: boolean; what: string }) {
  const guard = useLeaveGuard(dirty);
  if (!guard.held) return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      onConfirm={guard.leave}
      onCancel={guard.stay}
    >
      <p>You changed {what} and have not saved. If you leave now, the changes are lost.</p>
    </ConfirmDialog>
  );
}
