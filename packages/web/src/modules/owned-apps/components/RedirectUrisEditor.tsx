import { useId, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { REDIRECT_URIS_MAX } from '@bnder/shared';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import type { RedirectUrisEditorProps, UriRow } from '../hooks/useRedirectUriRows';

const LAST_URI_REASON = 'An application needs at least one, so the last one cannot be removed.';

export function RedirectUrisEditor({
  rows,
  errors,
  canAdd,
  canRemove,
  onChange,
  onBlur,
  onAdd,
  onRemove,
}: RedirectUrisEditorProps) {
  const id = useId();
  const inputId = (key: number) => `${id}-uri-${key}`;
  const focusRow = (row: UriRow | undefined) => {
    if (row) document.getElementById(inputId(row.key))?.focus();
  };

  /**
   * Keeps focus in the field while the pointer is down: otherwise the field's blur validation can
   * insert a message, move this button, and the click lands elsewhere. Focus moves on click.
   */
  const keepFocus = (event: MouseEvent) => event.preventDefault();

  function add() {
    flushSync(onAdd);
    const inputs = document.querySelectorAll<HTMLInputElement>(`[id^="${id}-uri-"]`);
    inputs[inputs.length - 1]?.focus();
  }

  function remove(index: number) {
    const survivor = rows[index + 1] ?? rows[index - 1];
    flushSync(() => onRemove(index));
    focusRow(survivor);
  }

  return (
    <fieldset className="uri-editor" aria-describedby={`${id}-hint`}>
      <legend className="field__label">Redirect URIs</legend>
      <p id={`${id}-hint`} className="field__hint">
        Where Bnder sends people back after they authorize. Use https:, http: on 127.0.0.1, [::1] or
        localhost, or a private-use scheme such as com.example.app:/callback. No fragments or
        wildcards.
      </p>
      <ol className="uri-editor__rows">
        {rows.map((row, index) => (
          <li key={row.key} className="uri-editor__row">
            <TextField
              id={inputId(row.key)}
              label={`Redirect URI ${index + 1}`}
              name={`redirectUris.${index}`}
              type="url"
              inputMode="url"
              spellCheck={false}
              autoCapitalize="off"
              placeholder="https://example.com/oauth/callback"
              value={row.value}
              onChange={(value) => onChange(index, value)}
              onBlur={() => onBlur(index)}
              error={errors[`redirectUris.${index}`]}
            />
            <Button
              size="sm"
              variant="ghost"
              className="uri-editor__remove"
              aria-label={`Remove URI ${index + 1}`}
              aria-describedby={canRemove ? undefined : `${id}-keep-one`}
              title={canRemove ? undefined : LAST_URI_REASON}
              disabled={!canRemove}
              onMouseDown={keepFocus}
              onClick={() => remove(index)}
            >
              Remove
            </Button>
          </li>
        ))}
      </ol>
      {errors.redirectUris && <p className="field__error">{errors.redirectUris}</p>}
      <div className="uri-editor__footer">
        <Button size="sm" onMouseDown={keepFocus} onClick={add} disabled={!canAdd}>
          Add redirect URI
        </Button>
        <span className="field__hint">
          {rows.length} of {REDIRECT_URIS_MAX}
          {!canRemove && (
            <>
              . <span id={`${id}-keep-one`}>{LAST_URI_REASON}</span>
            </>
          )}
        </span>
      </div>
    </fieldset>
  );
}
