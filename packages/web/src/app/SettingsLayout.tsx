import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { RequireViewer } from '../modules/auth/components/RequireViewer';
import { useSignOut } from '../modules/auth/hooks/useSignOut';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Alert } from '../ui/Alert';
import { Brand } from '../ui/Brand';
import { Button } from '../ui/Button';
import { Loading } from '../ui/Loading';

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'settings-nav__link settings-nav__link--active' : 'settings-nav__link';

/** The settings shell: it stays on screen while the session is checked or when that fails. */
export default function SettingsLayout() {
  const { viewer } = useViewer();
  const { signOut, pending, error } = useSignOut();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Brand />
        {viewer && (
          <div className="topbar__account">
            <span className="topbar__user">
              <span className="topbar__name">{viewer.displayName}</span>
              <span className="topbar__email">{viewer.email}</span>
            </span>
            <Button size="sm" onClick={() => void signOut()} busy={pending}>
              Sign out
            </Button>
          </div>
        )}
      </header>
      {error && <Alert>{error}</Alert>}
      <div className="settings">
        <nav className="settings-nav" aria-label="Settings">
          <p className="settings-nav__title">Settings</p>
          <ul>
            <li>
              <NavLink className={navClass} to="/settings/development">
                Development
              </NavLink>
            </li>
            <li>
              <NavLink className={navClass} to="/settings/authorized-apps">
                Authorized OAuth Applications
              </NavLink>
            </li>
          </ul>
        </nav>
        <main id="main" className="settings__main">
          <RequireViewer>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </RequireViewer>
        </main>
      </div>
    </div>
  );
}
