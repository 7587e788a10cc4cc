import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import type { SecretPayload } from '../graphql/types';
import { SECRET_AVAILABILITY } from '../copy';
import { appPath } from '../paths';
import { CredentialValue } from './CredentialValue';

/** Shown once, right after creating: the client id, and the secret of a confidential app. */
export function NewAppCredentials({
  payload,
  onDone,
}: {
  payload: SecretPayload;
  onDone: () => void;
}) {
  const { app, clientSecret } = payload;
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section className="panel panel--success" aria-labelledby="new-app-heading">
      <h3 id="new-app-heading" ref={headingRef} tabIndex={-1} className="panel__title">
        {app.name} is ready
      </h3>
      <CredentialValue label="Client ID" display={app.clientId} copyValue={app.clientId} />
      {clientSecret ? (
        <>
          <CredentialValue label="Client secret" display={clientSecret} copyValue={clientSecret} />
          <p className="panel__note">
            Copy the client secret now and store it safely. {SECRET_AVAILABILITY} Send it only to
            the token endpoint, never in an authorize link.
          </p>
        </>
      ) : (
        <p className="panel__note">
          This is a public client: it has no secret and must use PKCE with the S256 method.
        </p>
      )}
      <div className="form__actions">
        <Link className="button button--secondary" to={appPath(app.clientId)}>
          Open app settings
        </Link>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
    </section>
  );
}
