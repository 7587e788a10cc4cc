import type { ReactNode } from 'react';
import type { FormSubmit } from '../lib/use-schema-form';
import { Alert } from './Alert';

export interface FormProps extends FormSubmit {
  'aria-label'?: string;
  children: ReactNode;
}

/**
 * A form validated in the page (noValidate), with the server's form-level error above its
 * fields. Spread what `useFormSubmit` returned on it.
 */
export function Form({ ref, formError, onSubmit, 'aria-label': label, children }: FormProps) {
  return (
    <form ref={ref} className="form" noValidate aria-label={label} onSubmit={onSubmit}>
      {formError && <Alert>{formError}</Alert>}
      {children}
    </form>
  );
}
