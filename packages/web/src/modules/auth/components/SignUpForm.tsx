import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { PASSWORD_MAX_BYTES, PASSWORD_MIN_BYTES, signUpSchema } from '@bnder/shared';
import { splitServerErrors } from '../../../app/graphql-errors';
import { focusFirstInvalid, useSchemaForm } from '../../../app/use-schema-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { SIGN_UP_MUTATION } from '../graphql/session-mutations';
import { rememberViewer } from '../graphql/remember-viewer';

const FIELDS = ['email', 'displayName', 'password'] as const;
type Field = (typeof FIELDS)[number];

export function SignUpForm({ onSignedUp }: { onSignedUp: () => void }) {
  const [values, setValues] = useState<Record<Field, string>>({
    email: '',
    displayName: '',
    password: '',
  });
  const [formError, setFormError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, setErrors, validateField, validateAll, revalidateIfShown } =
    useSchemaForm(signUpSchema);
  const [signUp, { loading }] = useMutation(SIGN_UP_MUTATION, {
    update: (cache, { data }) => rememberViewer(cache, data?.signUp),
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
      await signUp({ variables: { input: data } });
      onSignedUp();
    } catch (error) {
      const split = splitServerErrors(error, FIELDS);
      setErrors(split.fieldErrors);
      setFormError(split.formError);
      focusFirstInvalid(formRef.current, split.fieldErrors);
    }
  }

  const field = (name: Field) => ({
    name,
    value: values[name],
    onChange: (value: string) => change(name, value),
    onBlur: () => validateField(values, name),
    error: errors[name],
    required: true,
  });

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
      {formError && <Alert>{formError}</Alert>}
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
      <Button type="submit" variant="primary" disabled={loading} className="form__submit">
        {loading ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
