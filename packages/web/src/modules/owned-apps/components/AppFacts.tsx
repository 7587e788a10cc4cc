import { Facts } from '../../../ui/Facts';
import { usersPhrase } from '../copy';
import type { OwnedApp } from '../graphql/types';

/** When an owned app was created and last used, as its card and its page show them. */
export const appDates = (app: OwnedApp) => [
  { label: 'Created', date: app.createdAt },
  { label: 'Last used', date: app.lastUsedAt },
];

export function AppFacts({ app }: { app: OwnedApp }) {
  return (
    <Facts
      wide
      facts={[
        { label: 'Authorized by', value: usersPhrase(app.authorizedUserCount) },
        ...appDates(app),
      ]}
    />
  );
}
