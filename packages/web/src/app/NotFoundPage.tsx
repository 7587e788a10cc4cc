import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';
import { SiteHeader } from './SiteHeader';

/** Any path that is no page: the site's header stays, so the brand and the way back do too. */
export default function NotFoundPage() {
  return (
    <div className="shell">
      <SiteHeader />
      <main className="centered-page">
        <PageHeading>Page not found</PageHeading>
        <p>There is nothing at this address.</p>
        <p>
          <Link to="/">Go to your settings</Link>
        </p>
      </main>
    </div>
  );
}
