import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Switch } from '../../../ui/Switch';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/**
 * RFC 9449: off by default. A public app holds no secret, so a stolen token is all an attacker
 * needs; binding tokens to a key the app keeps is the defence recommended for it.
 */
export function RequireDpopSetting({ app }: { app: OwnedApp }) {
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  async function change(requireDpop: boolean) {
    setError(null);
    try {
      await update({ variables: { clientId: app.clientId, input: { requireDpop } } });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <>
      <Switch
        label="Require DPoP"
        checked={app.requireDpop}
        onChange={(on) => void change(on)}
        busy={loading}
        description={
          <>
            <p>
              Every token request must carry a DPoP proof (RFC 9449): tokens are then bound to a key
              the app keeps, so a stolen token is useless without it. Apps that send proofs get
              bound tokens even with this off.
            </p>
            {!app.requireSecret && (
              <p>Recommended for this public app, which has no secret to protect its tokens.</p>
            )}
          </>
        }
      />
      {error && <Alert>{error}</Alert>}
    </>
  );
}
