import { useMutation } from '@apollo/client/react';
import { forgetMutationResults } from '../graphql/cache';
import { CREATE_APP_MUTATION, type CreateAppInput } from '../graphql/mutations';
import { OWNED_APPS_QUERY } from '../graphql/queries';
import type { SecretPayload } from '../graphql/types';

/** Creates an app and adds it to the cached list; resolves to the app and its one-time secret. */
export function useCreateApp() {
  const [mutate, { loading }] = useMutation(CREATE_APP_MUTATION, {
    update(cache, { data }) {
      const app = data?.createOAuthApp.app;
      if (app) {
        cache.updateQuery({ query: OWNED_APPS_QUERY }, (existing) => {
          if (!existing) return existing;
          const page = existing.ownedOAuthAppsConnection;
          return { ownedOAuthAppsConnection: { ...page, nodes: [app, ...page.nodes] } };
        });
      }
      forgetMutationResults(cache);
    },
  });

  async function createApp(input: CreateAppInput): Promise<SecretPayload> {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('The server returned no application');
    return data.createOAuthApp;
  }

  return { createApp, creating: loading };
}
