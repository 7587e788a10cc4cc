import { useMutation } from '@apollo/client/react';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_BYTES, signUpSchema } from '@bnder/shared';
import { useTextForm } from '../../../lib/use-schema-form';
import { Button } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { TextField } from '../../../ui/TextField';
import { SIGN_UP_MUTATION } from '../graphql/session-mutations';
import { rememberViewer } from '../graphql/remember-viewer';
import { usePasswordStrength } from '../hooks/usePasswordStrength';
import { PasswordStrengthFeedback } from './PasswordStrengthFeedback';

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const [signUp, { loading }] = useMutation(SIGN_UP_MUTATION, {
    update: (cache, { data }) => rememberViewer(cache, data?.signUp),
  });
  const { field, submit, values } = useTextForm(
    signUpSchema,
    { email: '', displayName: '', password: '' },
    async (input) => {
      await signUp({ variables: { input } });
      onSignedUp();
    },
  );
  // The server refuses passwords built from the user's own email or name too.
  const strength = usePasswordStrength(values.password, [values.email, values.displayName]);

  return (
    <Form {...submit}>
      <TextField label="Email" type="email" autoComplete="email" {...field('email')} />
      <TextField
        label="Display name"
        autoComplete="name"
        hint="Shown to people who authorize your applications."
        {...field('displayName')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`${PASSWORD_MIN_BYTES} to ${PASSWORD_MAX_BYTES} characters.`}
        {...field('password')}
      />
      <PasswordStrengthFeedback strength={strength} />
      <Button type="submit" variant="primary" busy={loading} className="form__submit">
        {loading ? 'Creating account…' : 'Create account'}
      </Button>
    </Form>
  );
}
