import { PageHeading } from '../../../ui/PageHeading';

export function ExpiredRequest() {
  return (
    <>
      <PageHeading>This authorization request has expired</PageHeading>
      <p>
        The link you followed is no longer valid: requests expire after a few minutes and can be
        answered only once. Go back to the application and start signing in with Bnder again.
      </p>
    </>
  );
}
