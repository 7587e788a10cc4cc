import { useQuery } from '@apollo/client/react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { ShowMore } from '../../../ui/ShowMore';
import { useOlderPages } from '../../../lib/use-older-pages';
import { OLDER_OWNED_APPS_QUERY, OWNED_APPS_QUERY } from '../graphql/queries';
import type { OwnedApp } from '../graphql/types';
import { OwnedAppCard } from './OwnedAppCard';

const newestFirst = (a: OwnedApp, b: OwnedApp) => b.createdAt.localeCompare(a.createdAt);

export function OwnedAppsList() {
  const { data, loading, error, refetch } = useQuery(OWNED_APPS_QUERY);
  const firstPage = data?.ownedOAuthAppsConnection;
  const more = useOlderPages(
    OLDER_OWNED_APPS_QUERY,
    {},
    (page) => page.ownedOAuthAppsConnection,
    firstPage?.pageInfo,
  );

  if (loading && !data) return <Loading label="Loading your applications…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Your applications could not be loaded"
        onRetry={() => void refetch()}
      />
    );
  }

  const apps = [...(firstPage?.nodes ?? []), ...more.older].sort(newestFirst);
  if (apps.length === 0) {
    return (
      <EmptyState title="No OAuth applications yet" icon="⚙">
        <p>
          Register an application to let an integration act for Bnder users who authorize it. Use{' '}
          <strong>Create application</strong> to get a client ID.
        </p>
      </EmptyState>
    );
  }

  return (
    <>
      <ul className="app-list" aria-label="Your OAuth applications">
        {apps.map((app) => (
          <OwnedAppCard key={app.clientId} app={app} />
        ))}
      </ul>
      {more.hasMore && (
        <ShowMore
          label="Show more"
          loading={more.loading}
          error={more.error}
          onShowMore={() => void more.loadMore()}
        />
      )}
    </>
  );
}
