import type { PasswordStrength } from '@bnder/shared/password-strength';

/**
 * What the estimator says of the password being typed: why it is easy to guess and how to
 * make it harder, or that it is fine. Announced politely, as it changes while the user types.
 */
export function PasswordStrengthFeedback({ strength }: { strength: PasswordStrength | null }) {
  return (
    <div className="field__hint" aria-live="polite">
      {strength?.acceptable === true && <p>Hard to guess.</p>}
      {strength?.acceptable === false && (
        <>
          <p>
            <strong>Easy to guess.</strong> {strength.warning}
          </p>
          {strength.suggestions.length > 0 && (
            <ul aria-label="Suggestions">
              {strength.suggestions.map((suggestion) => (
                <li key={suggestion}>{suggestion}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
