import { useQuery } from '@apollo/client/react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { AUTHORIZED_APPS_QUERY, type AuthorizedApp } from '../graphql/authorized-apps';
import { AuthorizedAppCard } from './AuthorizedAppCard';

export function AuthorizedAppsList({ onRevoked }: { onRevoked: (app: AuthorizedApp) => void }) {
  const { data, loading, error, refetch } = useQuery(AUTHORIZED_APPS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });

  if (loading && !data) return <Loading label="Loading authorized applications…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Authorized applications could not be loaded"
        onRetry={() => void refetch()}
      />
    );
  }

  const apps = data?.authorizedOAuthApps ?? [];
  if (apps.length === 0) {
    return (
      <EmptyState title="No authorized applications" icon="✓">
        <p>When you authorize an application to use your account, it appears here.</p>
      </EmptyState>
    );
  }

  return (
    <ul className="app-list" aria-label="Authorized applications">
      {apps.map((app) => (
        <AuthorizedAppCard key={app.clientId} app={app} onRevoked={onRevoked} />
      ))}
    </ul>
  );
}
