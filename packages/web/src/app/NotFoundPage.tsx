import { Link } from 'react-router';
import { PageHeading } from '../ui/PageHeading';

export default function NotFoundPage() {
  return (
    <main className="centered-page">
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to your settings</Link>
      </p>
    </main>
  );
}
