import { SPA_PAGES } from '@bnder/shared';
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
const DevicePage = lazy(() => import('../modules/consent/components/DevicePage'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const DevelopersLayout = lazy(() => import('./DevelopersLayout'));
// The reference and the guide are chunks of their own, loaded only when opened.
const ApiReferencePage = lazy(
  () => import('../modules/developer-guide/components/ApiReferencePage'),
);
const AuthorizingGuidePage = lazy(
  () => import('../modules/developer-guide/components/AuthorizingGuidePage'),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        {/* Every path comes from SPA_PAGES, which the server also reads to answer 404 elsewhere. */}
        <Route path={SPA_PAGES.home} element={<RootRedirect />} />
        <Route path={SPA_PAGES.signIn} element={<SignInPage />} />
        <Route path={SPA_PAGES.signUp} element={<SignUpPage />} />
        <Route path={SPA_PAGES.settings} element={<SettingsLayout />}>
          <Route index element={<Navigate to={SPA_PAGES.ownedApps} replace />} />
          <Route path={SPA_PAGES.ownedApps} element={<OwnedAppsPage />} />
          <Route path={SPA_PAGES.ownedApp} element={<AppPage />} />
          <Route path={SPA_PAGES.authorizedApps} element={<AuthorizedAppsPage />} />
        </Route>
        <Route element={<DevelopersLayout />}>
          <Route path={SPA_PAGES.developersApi} element={<ApiReferencePage />} />
          <Route path={SPA_PAGES.developersAuthorizing} element={<AuthorizingGuidePage />} />
        </Route>
        <Route
          path={SPA_PAGES.consent}
          element={
            <RequireViewer frame={CardFrame}>
              <ConsentPage />
            </RequireViewer>
          }
        />
        <Route
          path={SPA_PAGES.device}
          element={
            <RequireViewer frame={CardFrame}>
              <DevicePage />
            </RequireViewer>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
