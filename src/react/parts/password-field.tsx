import { forwardRef, useState } from 'react';
import { useFlowUi, useParts } from '../flow-ui';
import { useKeyboardHints } from '../keyboard/use-keyboard-hints';
import { Field, type FieldProps } from './field';

/** Props of {@link PasswordField}: a `Field` whose type the toggle controls. */
export type PasswordFieldProps = Omit<FieldProps, 'type' | 'trailing'>;

/**
 * A password input with a show/hide toggle. Showing flips `type` only: the value stays in the
 * uncontrolled input and never reaches React state or a DOM attribute. While it has focus, a
 * hint says when Caps Lock is on or the keyboard types a non-Latin script (from key events,
 * never from the value).
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(function PasswordField(props, ref) {
  const [isVisible, setVisible] = useState(false);
  const { t } = useFlowUi();
  const p = useParts();
  const keyboard = useKeyboardHints();
  return (
    <Field
      {...props}
      ref={ref}
      hint={keyboard.hint ?? props.hint}
      onKeyDown={(event) => {
        keyboard.onKeyDown(event);
        props.onKeyDown?.(event);
      }}
      onKeyUp={(event) => {
        keyboard.onKeyUp(event);
        props.onKeyUp?.(event);
      }}
      onPointerDown={(event) => {
        keyboard.onPointerDown(event);
        props.onPointerDown?.(event);
      }}
      onBlur={(event) => {
        keyboard.reset();
        props.onBlur?.(event);
      }}
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
