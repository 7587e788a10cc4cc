import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireViewer } from '../modules/auth/components/RequireViewer';
import { CardFrame } from '../ui/CardFrame';
import { Loading } from '../ui/Loading';
import { RootRedirect } from './RootRedirect';

// Every page is its own chunk: the first load carries only the router, Apollo and the guard.
const SignInPage = lazy(() => import('../modules/auth/components/SignInPage'));
const SignUpPage = lazy(() => import('../modules/auth/components/SignUpPage'));
const SettingsLayout = lazy(() => import('./SettingsLayout'));
const OwnedAppsPage = lazy(() => import('../modules/owned-apps/components/OwnedAppsPage'));
const AppPage = lazy(() => import('../modules/owned-apps/components/AppPage'));
const AuthorizedAppsPage = lazy(
  () => import('../modules/authorized-apps/components/AuthorizedAppsPage'),
);
const ConsentPage = lazy(() => import('../modules/consent/components/ConsentPage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<RootRedirect />} />
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/settings" element={<SettingsLayout />}>
          <Route index element={<Navigate to="development" replace />} />
          <Route path="development" element={<OwnedAppsPage />} />
          <Route path="development/apps/:clientId" element={<AppPage />} />
          <Route path="authorized-apps" element={<AuthorizedAppsPage />} />
        </Route>
        <Route
          path="/oauth/consent"
          element={
            <RequireViewer frame={CardFrame}>
              <ConsentPage />
            </RequireViewer>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
