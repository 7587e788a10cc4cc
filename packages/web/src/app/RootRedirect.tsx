import { Navigate } from 'react-router';
import { RequireViewer } from '../modules/auth/components/RequireViewer';
import { CardFrame } from '../ui/CardFrame';

export function RootRedirect() {
  return (
    <RequireViewer frame={CardFrame} signedOut={<Navigate to="/signin" replace />}>
      <Navigate to="/settings/development" replace />
    </RequireViewer>
  );
}
