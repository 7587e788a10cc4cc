import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/** The values the server accepts; the server refuses any other (Registration §2). */
const ALGS = ['RS256', 'ES256'] as const;

/**
 * OpenID Connect Dynamic Client Registration 1.0 §2 `id_token_signed_response_alg`: RS256 by
 * default, which every OpenID library verifies; ES256 for apps that want smaller tokens.
 */
export function IdTokenAlgSetting({ app }: { app: OwnedApp }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  async function change(idTokenSignedResponseAlg: string) {
    setError(null);
    try {
      await update({
        variables: { clientId: app.clientId, input: { idTokenSignedResponseAlg } },
      });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        ID token signing algorithm
      </label>
      <select
        id={id}
        className="field__input"
        value={app.idTokenSignedResponseAlg}
        aria-describedby={hintId}
        aria-busy={loading || undefined}
        onChange={(e) => void change(e.target.value)}
      >
        {ALGS.map((alg) => (
          <option key={alg} value={alg}>
            {alg}
          </option>
        ))}
      </select>
      <p id={hintId} className="field__hint">
        What the app’s OpenID Connect ID tokens are signed with. Both keys are published at
        /oauth/jwks; configure the app’s library with the same algorithm.
      </p>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
