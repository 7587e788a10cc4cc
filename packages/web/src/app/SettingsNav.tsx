import { SPA_PAGES } from '@bnder/shared';
import { NavLink } from 'react-router';

const navClass = ({ isActive }: { isActive: boolean }) =>
  isActive ? 'settings-nav__link settings-nav__link--active' : 'settings-nav__link';

const GROUPS = [
  {
    title: 'Settings',
    links: [
      { to: SPA_PAGES.ownedApps, label: 'Development' },
      { to: SPA_PAGES.authorizedApps, label: 'Authorized OAuth Applications' },
    ],
  },
  {
    title: 'Developers',
    links: [
      { to: SPA_PAGES.developersAuthorizing, label: 'Authorizing an app' },
      { to: SPA_PAGES.developersApi, label: 'API reference' },
    ],
  },
];

/** The side navigation of the settings and the developer pages. */
export function SettingsNav() {
  // The API reference is served with a Content Security Policy of its own (the server's
  // page-headers.ts): a document load, not a client-side route change, enters it (and the page
  // itself turns every way out into one, lib/leave-by-document-load.ts).
  const ownPolicy = (to: string) => to === SPA_PAGES.developersApi;
  return (
    <nav className="settings-nav" aria-label="Settings">
      {GROUPS.map((group) => (
        <div key={group.title} className="settings-nav__group">
          <p className="settings-nav__title">{group.title}</p>
          <ul>
            {group.links.map((link) => (
              <li key={link.to}>
                <NavLink className={navClass} to={link.to} reloadDocument={ownPolicy(link.to)}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
