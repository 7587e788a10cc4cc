import { Suspense, type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { RequireViewer } from '../modules/auth/components/RequireViewer';
import { Loading } from '../ui/Loading';
import { SettingsNav } from './SettingsNav';
import { SiteHeader } from './SiteHeader';

/** The header and side navigation around a settings or developer page. */
export function SettingsShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <div className="settings">
        <SettingsNav />
        <main id="main" className="settings__main">
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </main>
      </div>
    </div>
  );
}

/** The settings shell: it stays on screen while the session is checked or when that fails. */
export default function SettingsLayout() {
  return (
    <SettingsShell>
      <RequireViewer>
        <Outlet />
      </RequireViewer>
    </SettingsShell>
  );
}
