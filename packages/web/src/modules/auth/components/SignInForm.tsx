import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { signInSchema } from '@bnder/shared';
import { splitServerErrors } from '../../../app/graphql-errors';
import { focusFirstInvalid, useSchemaForm } from '../../../app/use-schema-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { SIGN_IN_MUTATION } from '../graphql/session-mutations';
import { rememberViewer } from '../graphql/remember-viewer';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const [values, setValues] = useState<Record<Field, string>>({ email: '', password: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, setErrors, validateField, validateAll, revalidateIfShown } =
    useSchemaForm(signInSchema);
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION, {
    update: (cache, { data }) => rememberViewer(cache, data?.signIn),
  });

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    revalidateIfShown(next, field);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const { data, errors: invalid } = validateAll(values);
    if (!data) return focusFirstInvalid(formRef.current, invalid);
    try {
      await signIn({ variables: { input: data } });
      onSignedIn();
    } catch (error) {
      const split = splitServerErrors(error, FIELDS);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      focusFirstInvalid(formRef.current, split.fieldErrors);
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        value={values.email}
        onChange={(value) => change('email', value)}
        onBlur={() => validateField(values, 'email')}
        error={errors.email}
        required
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        value={values.password}
        onChange={(value) => change('password', value)}
        onBlur={() => validateField(values, 'password')}
        error={errors.password}
        required
      />
      <Button type="submit" variant="primary" disabled={loading} className="form__submit">
        {loading ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
