import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { REVOKE_ACCESS_MUTATION } from '../graphql/authorized-apps';

/** Revokes an app's access to the signed-in user's account and drops it from the list. */
export function useRevokeAccess() {
  const [mutate, { loading }] = useMutation(REVOKE_ACCESS_MUTATION, {
    update(cache, { data }, { variables }) {
      if (!data?.revokeAuthorizedOAuthApp || !variables) return;
      cache.modify({
        fields: {
          authorizedOAuthAppsConnection: (page, { readField }) => {
            const { nodes } = page as { nodes: readonly Reference[] };
            return {
              ...page,
              nodes: nodes.filter((ref) => readField('clientId', ref) !== variables.clientId),
            } as typeof page;
          },
        },
      });
    },
  });

  async function revokeAccess(clientId: string): Promise<void> {
    await mutate({ variables: { clientId } });
  }

  return { revokeAccess, revoking: loading };
}
