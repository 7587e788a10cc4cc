import { useQuery } from '@apollo/client/react';
import { DateText } from '../../../ui/DateText';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { eventText, isWarningEvent } from '../copy';
import { ShowMore } from '../../../ui/ShowMore';
import { useOlderPages } from '../../../lib/use-older-pages';
import { APP_ACTIVITY_QUERY, OLDER_APP_ACTIVITY_QUERY } from '../graphql/queries';
import type { AppEvent } from '../graphql/types';

export function ActivityLog({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(APP_ACTIVITY_QUERY, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
  });
  const newest = data?.oauthAppActivityConnection;
  const more = useOlderPages(
    OLDER_APP_ACTIVITY_QUERY,
    { clientId },
    (page) => page.oauthAppActivityConnection,
    newest?.pageInfo,
  );

  if (loading && !data) return <Loading label="Loading activity…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="The activity log could not be loaded"
        onRetry={() => void refetch()}
      />
    );
  }
  const events = [...(newest?.nodes ?? []), ...more.older];
  if (events.length === 0) return <p className="muted">No activity yet.</p>;
  return (
    <>
      <ActivityList events={events} />
      {more.hasMore && (
        <ShowMore
          label="Show older"
          loading={more.loading}
          error={more.error}
          onShowMore={() => void more.loadMore()}
        />
      )}
    </>
  );
}

export function ActivityList({ events }: { events: readonly AppEvent[] }) {
  return (
    <ol className="activity" aria-label="Activity, newest first">
      {events.map((event) => (
        <li
          key={event.id}
          className={
            isWarningEvent(event.type) ? 'activity__item activity__item--warning' : 'activity__item'
          }
        >
          <span className="activity__time">
            <DateText iso={event.createdAt} withTime />
          </span>
          <span className="activity__text">
            {eventText(event.type)}
            {event.detail && <span className="activity__detail"> — {event.detail}</span>}
          </span>
          <span className="activity__actor">
            {event.actorName ? `by ${event.actorName}` : 'by Bnder'}
          </span>
        </li>
      ))}
    </ol>
  );
}
