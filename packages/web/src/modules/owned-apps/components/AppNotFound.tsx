import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { PageHeading } from '../../../ui/PageHeading';
import { APP_ACTIVITY_QUERY } from '../graphql/queries';
import { OWNED_APPS_PATH } from '../paths';
import { ActivityList } from './ActivityLog';

/** An unknown id, someone else's app, or one that was deleted (its owner still sees the log). */
export function AppNotFound({ clientId }: { clientId: string }) {
  const { data } = useQuery(APP_ACTIVITY_QUERY, { variables: { clientId } });
  const events = data?.oauthAppActivityConnection.nodes ?? [];
  const deleted = events.some((event) => event.type === 'DELETED');

  return (
    <div className="not-found">
      <PageHeading>{deleted ? 'Application deleted' : 'Application not found'}</PageHeading>
      <p>
        {deleted
          ? 'This application was deleted. Its tokens no longer work.'
          : 'There is no application with this client ID among the applications you own.'}
      </p>
      <p>
        <Link to={OWNED_APPS_PATH}>Back to Development</Link>
      </p>
      {events.length > 0 && (
        <section aria-labelledby="deleted-activity-heading">
          <h2 id="deleted-activity-heading">Activity</h2>
          <ActivityList events={events} />
        </section>
      )}
    </div>
  );
}
