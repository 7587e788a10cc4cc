import { DateText, LastUsed } from '../../../ui/DateText';
import { usersPhrase } from '../copy';
import type { OwnedApp } from '../graphql/types';

export function AppFacts({ app }: { app: OwnedApp }) {
  return (
    <dl className="facts facts--wide">
      <div>
        <dt>Authorized by</dt>
        <dd>{usersPhrase(app.authorizedUserCount)}</dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>
          <DateText iso={app.createdAt} />
        </dd>
      </div>
      <div>
        <dt>Last used</dt>
        <dd>
          <LastUsed iso={app.lastUsedAt} />
        </dd>
      </div>
    </dl>
  );
}
