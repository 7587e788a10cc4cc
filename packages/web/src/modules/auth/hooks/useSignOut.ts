import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { loadPage } from '../../../lib/load-page';
import { SIGN_OUT_MUTATION } from '../graphql/session-mutations';

/**
 * Signs out, then loads the sign-in page afresh so nothing of the session (cached data, a
 * revealed secret) stays in memory.
 */
export function useSignOut() {
  const [signOut, { loading }] = useMutation(SIGN_OUT_MUTATION);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    setError(null);
    try {
      await signOut();
      loadPage('/signin');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return { signOut: run, pending: loading, error };
}
