import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useLeaveGuard } from './leave-guard';

/** Asks before leaving a form with unsaved edits; `what` names them ("the settings of X"). */
export function UnsavedChangesPrompt({ dirty, what }: { dirty: boolean; what: string }) {
  const blocker = useLeaveGuard(dirty);
  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
    >
      <p>You changed {what} and have not saved. If you leave now, the changes are lost.</p>
    </ConfirmDialog>
  );
}
