import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { loadPage } from '../../../lib/load-page';
import { APPROVE_MUTATION, DENY_MUTATION, type ConsentChoice as Choice } from '../graphql/consent';

/**
 * Sends the user's answer, then follows the server's redirect back to the client application
 * (with a code, or with access_denied). The page stays busy until the browser leaves.
 */
export function useConsentDecision(requestId: string) {
  const [approve] = useMutation(APPROVE_MUTATION);
  const [deny] = useMutation(DENY_MUTATION);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(next: Choice) {
    setChoice(next);
    setError(null);
    try {
      const mutate = next === 'approve' ? approve : deny;
      const { data } = await mutate({ variables: { requestId } });
      const payload = data && Object.values(data)[0];
      if (!payload) throw new Error('The server sent no redirect');
      loadPage(payload.redirectTo);
    } catch (caught) {
      setError(errorMessage(caught));
      setChoice(null);
    }
  }

  return { decide, choice, error };
}
