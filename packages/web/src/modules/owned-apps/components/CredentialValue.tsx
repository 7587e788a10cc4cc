import { useId, type ReactNode } from 'react';
import { CopyButton } from '../../../ui/CopyButton';
import { ofApp } from '../copy';

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
  /** Names the app in Copy's name, where several apps' credentials share a page. */
  appName?: string | undefined;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A labelled credential (client id or secret) with Copy and optional extra actions. */
export function CredentialValue({
  label,
  display,
  copyValue,
  before,
  after,
  masked = false,
  appName,
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
          <CopyButton
            value={copyValue}
            what={`${lowerFirst(label)}${ofApp(appName)}`}
            // A masked value cannot be selected: the owner has to reveal it first.
            {...(masked ? { fallbackHint: 'Reveal it, then select and copy it yourself.' } : {})}
          />
          {after}
        </div>
      </div>
    </div>
  );
}
