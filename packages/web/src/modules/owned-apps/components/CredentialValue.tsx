import { useId, type ReactNode } from 'react';
import { CopyButton } from '../../../ui/CopyButton';

export interface CredentialValueProps {
  label: string;
  /** What is displayed; may be a mask. */
  display: string;
  /** What Copy puts on the clipboard; a function fetches it first (an unrevealed secret). */
  copyValue: string | (() => Promise<string | null>);
  /** Controls shown before Copy (Reveal) and after it (Rotate secret). */
  before?: ReactNode;
  after?: ReactNode;
  masked?: boolean;
}

/** A labelled credential (client id or secret) with Copy and optional extra actions. */
export function CredentialValue({
  label,
  display,
  copyValue,
  before,
  after,
  masked = false,
}: CredentialValueProps) {
  const id = useId();
  return (
    <div className="credential" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="credential__label">
        {label}
      </span>
      <div className="credential__row">
        <code
          className={masked ? 'credential__value credential__value--masked' : 'credential__value'}
        >
          {display}
        </code>
        <div className="credential__actions">
          {before}
          <CopyButton value={copyValue} describedBy={`${id}-label`} />
          {after}
        </div>
      </div>
    </div>
  );
}
