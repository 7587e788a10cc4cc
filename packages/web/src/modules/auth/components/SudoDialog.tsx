import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { splitServerErrors } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { CONFIRM_PASSWORD_MUTATION } from '../graphql/confirm-password';

export interface SudoDialogProps {
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * Asks for the password again before a sensitive action (sudo mode). A modal Dialog, like
 * ConfirmDialog: focus starts in the password field. Mount it to open it; unmount it to close it.
 */
export function SudoDialog({ onConfirmed, onCancel }: SudoDialogProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const bodyId = `${useId()}-body`;
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirmPassword, { loading }] = useMutation(CONFIRM_PASSWORD_MUTATION);

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
    <Dialog
      title="Confirm your password"
      describedBy={bodyId}
      onCancel={cancel}
      initialFocus={inputRef}
    >
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <p id={bodyId} className="dialog__body">
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
          <Button variant="secondary" onClick={cancel} busy={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" busy={loading}>
            {loading ? 'Confirming…' : 'Confirm'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
