import { forwardRef, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useParts } from '../flow-ui';

/** Props of {@link Field}. */
export interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  /** The field's error (already translated); sets `aria-invalid` and is linked by `aria-describedby`. */
  error?: string | undefined;
  /** The id of the error text, when something else (another field) points at it too. */
  errorId?: string | undefined;
  /** Marks the input invalid without a message of its own (a message under another field names it). */
  isInvalid?: boolean | undefined;
  hint?: ReactNode;
  /** Rendered on the label's row, at its end ("Forgot password?" beside "Password"). */
  labelAction?: ReactNode;
  /** Rendered after the input inside the wrapper (the password toggle). */
  trailing?: ReactNode;
}

/**
 * A labelled input with its hint and error. The input stays uncontrolled (spread
 * react-hook-form's `register(...)` into it): a controlled input's value is mirrored into the
 * `value` attribute, where a password or code must never appear.
 */
// forwardRef (not ref-as-prop) keeps React 18 hosts working.
export const Field = forwardRef<HTMLInputElement, FieldProps>(function Field(
  { label, error, errorId: givenErrorId, isInvalid, hint, labelAction, trailing, id, ...input },
  ref,
) {
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const hintId = hint ? `${ownId}-hint` : undefined;
  const errorId = error ? (givenErrorId ?? `${ownId}-error`) : undefined;
  const describedBy = [input['aria-describedby'], errorId, hintId].filter(Boolean).join(' ') || undefined;
  const p = useParts();
  const control = (
    <input
      {...p('input')}
      {...input}
      ref={ref}
      id={inputId}
      aria-invalid={error || isInvalid ? true : undefined}
      aria-describedby={describedBy}
    />
  );
  const labelElement = (
    <label {...p('label')} htmlFor={inputId}>
      {label}
    </label>
  );
  return (
    <div {...p('field')} data-state={error || isInvalid ? 'invalid' : undefined}>
      {labelAction ? (
        <div {...p('label-row')}>
          {labelElement}
          {labelAction}
        </div>
      ) : (
        labelElement
      )}
      {trailing ? (
        <div {...p('password-wrapper')}>
          {control}
          {trailing}
        </div>
      ) : (
        control
      )}
      {hint && (
        <p {...p('hint')} id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p {...p('field-error')} id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
});
