import { Link, useSearchParams } from 'react-router';
import { useFollowAfterSignIn } from '../hooks/useFollowAfterSignIn';
import { useRequestingApp } from '../hooks/useRequestingApp';
import { AuthLayout } from './AuthLayout';
import { SignInForm } from './SignInForm';

export default function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = params.get('return_to');
  const loginHint = params.get('login_hint') ?? undefined;
  const follow = useFollowAfterSignIn();
  const appName = useRequestingApp(returnTo);
  const signUpLink = returnTo ? `/signup?return_to=${encodeURIComponent(returnTo)}` : '/signup';

  return (
    <AuthLayout
      title="Sign in to Bnder"
      intro={
        appName ? (
          <>
            to continue to <strong>{appName}</strong>
          </>
        ) : undefined
      }
      footer={
        <p>
          New to Bnder? <Link to={signUpLink}>Create an account</Link>
        </p>
      }
    >
      <SignInForm onSignedIn={() => follow(returnTo)} email={loginHint} />
    </AuthLayout>
  );
}
