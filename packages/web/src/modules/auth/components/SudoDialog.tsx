import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { splitServerErrors } from '../../../app/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { CONFIRM_PASSWORD_MUTATION } from '../graphql/confirm-password';

export interface SudoDialogProps {
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * Asks for the password again before a sensitive action (sudo mode). A modal on the native
 * <dialog>, like ConfirmDialog: focus starts in the password field and returns to the control
 * that was focused when it opened. Mount it to open it; unmount it to close it.
 */
export function SudoDialog({ onConfirmed, onCancel }: SudoDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmPassword, { loading }] = useMutation(CONFIRM_PASSWORD_MUTATION);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    inputRef.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  function cancel() {
    if (!loading) onCancel();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFormError(null);
    if (password === '') {
      setFieldError('Enter your password');
      inputRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    try {
      await confirmPassword({ variables: { password } });
      onConfirmed();
    } catch (error) {
      const split = splitServerErrors(error, ['password']);
      setFieldError(split.fieldErrors.password);
      setFormError(split.formError);
      inputRef.current?.select();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        Confirm your password
      </h2>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={`${id}-body`} className="dialog__body">
          This action needs a recent sign-in. Enter your password to continue; you will not be asked
          again for a while.
        </p>
        {formError && <Alert>{formError}</Alert>}
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldError}
          inputRef={inputRef}
          required
        />
        <div className="dialog__actions">
          <Button variant="secondary" onClick={cancel} disabled={loading}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="primary"
            disabled={loading}
            aria-busy={loading || undefined}
          >
            {loading ? 'Confirming…' : 'Confirm'}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
