import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useViewer } from '../hooks/useViewer';
import { signInPathFor } from '../return-to';

/** Renders its children for a signed-in user; sends everyone else to sign in and back. */
export function RequireViewer({ children }: { children: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();

  if (loading) return <Loading label="Checking your session…" />;
  if (error) {
    return (
      <main className="centered-page">
        <ErrorState error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (!viewer) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPathFor(here)} replace />;
  }
  return children;
}
