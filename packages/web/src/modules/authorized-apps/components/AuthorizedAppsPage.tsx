import '../authorized-apps.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { LiveRegion } from '../../../ui/LiveRegion';
import { PageHeading } from '../../../ui/PageHeading';
import { AuthorizedAppsList } from './AuthorizedAppsList';

export default function AuthorizedAppsPage() {
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <PageHeading>Authorized OAuth Applications</PageHeading>
      <div className="section__intro">
        <p>
          Applications you have allowed to use your Bnder account. Revoke access here when you no
          longer want an application to act for you: its tokens stop working at once.
        </p>
        <p>
          This list is separate from the applications you own. To edit or delete an application
          itself, go to <Link to="/settings/development">Development</Link>, under Owned OAuth
          Applications.
        </p>
      </div>
      <LiveRegion>
        {notice && (
          <Alert tone="success" live={false}>
            {notice}
          </Alert>
        )}
      </LiveRegion>
      <AuthorizedAppsList onRevoked={(app) => setNotice(`Access revoked for ${app.name}.`)} />
    </>
  );
}
