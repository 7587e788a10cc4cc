import { Link, useSearchParams } from 'react-router';
import { useFollowAfterSignIn } from '../hooks/useFollowAfterSignIn';
import { AuthLayout } from './AuthLayout';
import { SignUpForm } from './SignUpForm';

export default function SignUpPage() {
  const [params] = useSearchParams();
  const returnTo = params.get('return_to');
  const follow = useFollowAfterSignIn();
  const signInLink = returnTo ? `/signin?return_to=${encodeURIComponent(returnTo)}` : '/signin';

  return (
    <AuthLayout
      title="Create your Bnder account"
      footer={
        <p>
          Already have an account? <Link to={signInLink}>Sign in</Link>
        </p>
      }
    >
      <SignUpForm onSignedUp={() => follow(returnTo)} />
    </AuthLayout>
  );
}
