import { useId } from 'react';

/** Which registered redirect URI the examples use: a picker only when there are several. */
export function RedirectUriPicker({
  uris,
  value,
  onChange,
}: {
  uris: readonly string[];
  value: string;
  onChange: (uri: string) => void;
}) {
  const id = useId();
  if (uris.length < 2) {
    return (
      <div className="credential">
        <span className="credential__label">Redirect URI</span>
        <code className="credential__value">{value}</code>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        Redirect URI
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {uris.map((uri) => (
          <option key={uri} value={uri}>
            {uri}
          </option>
        ))}
      </select>
    </div>
  );
}
