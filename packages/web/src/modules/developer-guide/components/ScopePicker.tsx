import { SCOPES, SCOPE_DESCRIPTIONS, normalizeScopes, type Scope } from '@bnder/shared';
import { useId } from 'react';

/**
 * The scopes the examples ask for: at least one, as the help page requires. Each is a checkbox
 * drawn as a button (WAI-ARIA checkbox pattern), so it is a 44 px target on touch screens.
 */
export function ScopePicker({
  value,
  onChange,
}: {
  value: readonly Scope[];
  onChange: (scopes: Scope[]) => void;
}) {
  const id = useId();
  const none = value.length === 0;
  function toggle(scope: Scope) {
    const on = !value.includes(scope);
    onChange(normalizeScopes(on ? [...value, scope] : value.filter((s) => s !== scope)));
  }
  return (
    <fieldset className="scope-picker">
      <legend className="field__label">Scopes</legend>
      <ul className="scope-picker__list">
        {SCOPES.map((scope) => (
          <li key={scope} className="scope-picker__option">
            <button
              type="button"
              role="checkbox"
              aria-checked={value.includes(scope)}
              aria-describedby={`${id}-${scope}`}
              className="scope-picker__checkbox"
              onClick={() => toggle(scope)}
            >
              <span className="scope-picker__box" aria-hidden="true" />
              <code>{scope}</code>
            </button>
            <span id={`${id}-${scope}`} className="muted">
              {SCOPE_DESCRIPTIONS[scope]}
            </span>
          </li>
        ))}
      </ul>
      {none && (
        <p className="field__error" role="alert">
          Choose at least one scope: a link without one is refused with invalid_scope.
        </p>
      )}
    </fieldset>
  );
}
