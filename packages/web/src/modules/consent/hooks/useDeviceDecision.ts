import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { errorMessage } from '../../../lib/graphql-errors';
import { APPROVE_DEVICE_MUTATION, DENY_DEVICE_MUTATION } from '../graphql/device';
import type { ConsentChoice } from '../graphql/consent';

/**
 * Sends the user's answer to a device's request. There is no redirect: the device learns the
 * answer at its next poll, so the page then tells the user to return to it.
 */
export function useDeviceDecision(userCode: string) {
  const [approve] = useMutation(APPROVE_DEVICE_MUTATION);
  const [deny] = useMutation(DENY_DEVICE_MUTATION);
  const [choice, setChoice] = useState<ConsentChoice | null>(null);
  const [decided, setDecided] = useState<ConsentChoice | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function decide(next: ConsentChoice) {
    setChoice(next);
    setError(null);
    try {
      await (next === 'approve' ? approve : deny)({ variables: { userCode } });
      setDecided(next);
    } catch (caught) {
      setError(errorMessage(caught));
    }
    setChoice(null);
  }

  return { decide, choice, decided, error };
}
