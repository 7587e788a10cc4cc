import { useId, useRef, type ReactNode } from 'react';
import { Alert } from './Alert';
import { Button } from './Button';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  cancelLabel?: string;
  tone?: 'danger' | 'primary';
  pending?: boolean;
  error?: string | null;
}

/**
 * A modal confirmation (see Dialog). Focus starts on the safe choice (Cancel). Mount it to open
 * it; unmount it to close it.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  cancelLabel = 'Cancel',
  tone = 'danger',
  pending = false,
  error = null,
}: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const bodyId = `${useId()}-body`;

  function cancel() {
    if (!pending) onCancel();
  }

  return (
    <Dialog title={title} describedBy={bodyId} onCancel={cancel} initialFocus={cancelRef}>
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {error && <Alert>{error}</Alert>}
      <div className="dialog__actions">
        <Button ref={cancelRef} variant="secondary" onClick={cancel} busy={pending}>
          {cancelLabel}
        </Button>
        <Button variant={tone} onClick={onConfirm} busy={pending}>
          {pending ? 'Working…' : confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}
