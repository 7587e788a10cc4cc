import { DateText } from '../../../ui/DateText';
import type { AppIdentity } from '../graphql/consent';

const usersText = (count: number) =>
  count === 0
    ? 'No one has authorized it yet'
    : `${count} ${count === 1 ? 'user has' : 'users have'} authorized it`;

/**
 * Who is asking, for both flows. Anyone can choose an app's name, so the user also sees who owns
 * it, how old it is, how many people use it and where its links go, and that Bnder does not
 * vouch for it.
 */
export function AppIdentityCard({ app }: { app: AppIdentity }) {
  return (
    <section className="consent__identity" aria-label={`About ${app.name}`}>
      {app.description && <p className="consent__description">{app.description}</p>}
      <dl className="facts">
        {app.homepageUrl && (
          <div>
            <dt>Homepage</dt>
            <dd>
              <a href={app.homepageUrl} target="_blank" rel="noopener noreferrer">
                {app.homepageHost}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Owner</dt>
          <dd>{app.ownerName}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <DateText iso={app.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Users</dt>
          <dd>{usersText(app.authorizedUserCount)}</dd>
        </div>
      </dl>
      <p className="muted consent__disclaimer">Not owned or operated by Bnder</p>
      {(app.privacyPolicyUrl || app.termsOfServiceUrl) && (
        <p className="consent__policies">
          {app.privacyPolicyUrl && (
            <a href={app.privacyPolicyUrl} target="_blank" rel="noopener noreferrer">
              Privacy policy
            </a>
          )}
          {app.termsOfServiceUrl && (
            <a href={app.termsOfServiceUrl} target="_blank" rel="noopener noreferrer">
              Terms of service
            </a>
          )}
        </p>
      )}
    </section>
  );
}
