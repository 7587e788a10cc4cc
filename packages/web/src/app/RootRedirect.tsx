import { Navigate } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { ErrorState } from '../ui/ErrorState';
import { Loading } from '../ui/Loading';

export function RootRedirect() {
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <Loading />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return <Navigate to={viewer ? '/settings/development' : '/signin'} replace />;
}
