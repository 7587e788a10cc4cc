import { useEffect, useState } from 'react';
import { Button } from './Button';
import { copyText } from './copy-text';

type CopyStatus = 'idle' | 'copied' | 'failed';

export interface CopyButtonProps {
  /** The text, or a function that fetches it first (a secret that is not revealed yet). */
  value: string | (() => Promise<string | null>);
  /** Id of the element that says what is copied, for screen readers. */
  describedBy?: string;
  label?: string;
  /** What is copied, from where ("client secret of Weather Sync"): read after the label. */
  what?: string;
  disabled?: boolean;
  /** What to do when the clipboard refuses; the default asks to select the text shown. */
  fallbackHint?: string;
}

const STATUS_VISIBLE_MS = 2500;

export function CopyButton({
  value,
  describedBy,
  label = 'Copy',
  what,
  disabled,
  fallbackHint = 'Select the text and copy it yourself.',
}: CopyButtonProps) {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), STATUS_VISIBLE_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  async function handleClick() {
    setBusy(true);
    try {
      const text = typeof value === 'string' ? value : await value();
      if (text === null) return;
      await copyText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    } finally {
      setBusy(false);
    }
  }

  return (
    <span className="copy-button">
      <Button
        size="sm"
        onClick={() => void handleClick()}
        // The name starts with the visible label (WCAG 2.5.3), then says what is copied.
        aria-label={what ? `${label} ${what}` : undefined}
        aria-describedby={describedBy}
        disabled={disabled}
        busy={busy}
      >
        {label}
      </Button>
      <span className={`copy-button__status copy-button__status--${status}`} role="status">
        {status === 'copied' && 'Copied'}
        {status === 'failed' && `Could not copy. ${fallbackHint}`}
      </span>
    </span>
  );
}
