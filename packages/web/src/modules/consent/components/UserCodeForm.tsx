import { useState, type FormEvent } from 'react';
import { formatUserCode, normalizeUserCode } from '@bnder/shared';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';

const HOW = 'Enter the 8 letters your device shows, such as WDJB-MJHT';

/** RFC 8628 §3.3: the user types the code the device shows; case and dashes do not matter. */
export function UserCodeForm({
  initial = '',
  serverError,
  onCode,
}: {
  initial?: string;
  serverError?: string | null;
  onCode: (userCode: string) => void;
}) {
  const [typed, setTyped] = useState(initial);
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = normalizeUserCode(typed);
    if (code === null) return setError(HOW);
    setError(null);
    onCode(formatUserCode(code));
  }

  return (
    <form className="form" noValidate aria-label="Connect a device" onSubmit={submit}>
      <TextField
        label="Code"
        name="userCode"
        value={typed}
        onChange={setTyped}
        error={error ?? serverError ?? undefined}
        hint="The code shown on your TV, console or terminal"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        autoFocus
      />
      <div className="form__actions">
        <Button type="submit" variant="primary">
          Continue
        </Button>
      </div>
    </form>
  );
}
