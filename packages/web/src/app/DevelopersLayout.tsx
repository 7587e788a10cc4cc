import { Outlet } from 'react-router';
import { SettingsShell } from './SettingsLayout';

/** The developer pages sit beside the settings, and anyone may read them, signed in or not. */
export default function DevelopersLayout() {
  return (
    <SettingsShell>
      <Outlet />
    </SettingsShell>
  );
}
