import { useId, type ReactNode } from 'react';

export interface SwitchProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  description?: ReactNode;
  disabled?: boolean;
  /** Its change is under way: clicks are ignored, focus stays (see Button's busy). */
  busy?: boolean;
}

/** A two-state control announced as a switch (WAI-ARIA switch pattern). */
export function Switch({
  label,
  checked,
  onChange,
  description,
  disabled = false,
  busy = false,
}: SwitchProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const descriptionId = `${id}-description`;

  return (
    <div className="switch-field">
      <div className="switch-field__row">
        <button
          id={id}
          type="button"
          role="switch"
          className="switch"
          aria-checked={checked}
          aria-labelledby={labelId}
          aria-describedby={description ? descriptionId : undefined}
          disabled={disabled}
          aria-disabled={busy || undefined}
          aria-busy={busy || undefined}
          onClick={() => {
            if (!busy) onChange(!checked);
          }}
        >
          <span className="switch__thumb" aria-hidden="true" />
        </button>
        <label id={labelId} htmlFor={id} className="switch-field__label">
          {label}
        </label>
        <span className="switch-field__state" aria-hidden="true">
          {checked ? 'On' : 'Off'}
        </span>
      </div>
      {description && (
        <div id={descriptionId} className="switch-field__description">
          {description}
        </div>
      )}
    </div>
  );
}
