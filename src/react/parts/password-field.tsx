import { forwardRef, useState } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { Field, type FieldProps } from './field';

/** Props of {@link PasswordField}: a `Field` whose type the toggle controls. */
export type PasswordFieldProps = Omit<FieldProps, 'type' | 'trailing'>;

/**
 * A password input with a show/hide toggle. Showing flips `type` only: the value stays in the
 * uncontrolled input and never reaches React state or a DOM attribute.
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(function PasswordField(props, ref) {
  const [isVisible, setVisible] = useState(false);
  const { t } = useFlowUi();
  const p = useParts();
  return (
    <Field
      {...props}
      ref={ref}
      type={isVisible ? 'text' : 'password'}
      // Browsers must not spell-check or capitalise a visible password.
      spellCheck={false}
      autoCapitalize="none"
      trailing={
        <button
          {...p('password-toggle')}
          type="button"
          aria-pressed={isVisible}
          disabled={props.disabled}
          onClick={() => setVisible((v) => !v)}
        >
          {t('password.show')}
        </button>
      }
    />
  );
});
