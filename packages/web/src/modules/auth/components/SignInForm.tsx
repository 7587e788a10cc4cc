import { useMutation } from '@apollo/client/react';
import { signInSchema } from '@bnder/shared';
import { useTextForm } from '../../../lib/use-schema-form';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { SIGN_IN_MUTATION } from '../graphql/session-mutations';
import { rememberViewer } from '../graphql/remember-viewer';

/** `email` prefills the field: OpenID Connect's login_hint, passed on by the authorize link. */
export function SignInForm({ onSignedIn, email = '' }: { onSignedIn: () => void; email?: string }) {
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION, {
    update: (cache, { data }) => rememberViewer(cache, data?.signIn),
  });
  const { field, submit } = useTextForm(signInSchema, { email, password: '' }, async (input) => {
    await signIn({ variables: { input } });
    onSignedIn();
  });

  return (
    <Form {...submit}>
      <TextField label="Email" type="email" autoComplete="email" {...field('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...field('password')}
      />
      <Button type="submit" variant="primary" disabled={loading} className="form__submit">
        {loading ? 'Signing in…' : 'Sign in'}
      </Button>
    </Form>
  );
}
