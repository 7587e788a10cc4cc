import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Switch } from '../../../ui/Switch';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/** RFC 9126 §5: off by default, since the app must push each request to /oauth/par first. */
export function PushedRequestsSetting({ app }: { app: OwnedApp }) {
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  async function change(requirePushedAuthorizationRequests: boolean) {
    setError(null);
    try {
      await update({
        variables: { clientId: app.clientId, input: { requirePushedAuthorizationRequests } },
      });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <>
      <Switch
        label="Require pushed authorization requests"
        checked={app.requirePushedAuthorizationRequests}
        onChange={(on) => void change(on)}
        busy={loading}
        description={
          <p>
            Your app sends each authorization request to <code>POST /oauth/par</code> first and
            links users with the <code>request_uri</code> it gets back, so the request cannot be
            read or changed in the browser. Links that carry the parameters themselves are refused.
          </p>
        }
      />
      {error && <Alert>{error}</Alert>}
    </>
  );
}
