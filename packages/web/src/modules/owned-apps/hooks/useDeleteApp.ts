import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useSudo } from '../../auth/hooks/useSudo';
import { DELETE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/**
 * Deletes an app and takes it out of the cached list. The entity stays in the cache, so the open
 * detail page does not refetch (and flash "not found") while it navigates away. It may ask for
 * the password first (sudo mode); on Cancel it rejects with SudoCancelled.
 */
export function useDeleteApp() {
  const withSudo = useSudo();
  const [mutate, { loading }] = useMutation(DELETE_APP_MUTATION, {
    update(cache, { data }, { variables }) {
      if (!data?.deleteOAuthApp || !variables) return;
      cache.modify({
        fields: {
          ownedOAuthAppsConnection: (page, { readField }) => {
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

  async function deleteApp(app: Pick<OwnedApp, 'clientId'>): Promise<void> {
    await withSudo(() => mutate({ variables: { clientId: app.clientId } }));
  }

  return { deleteApp, deleting: loading };
}
